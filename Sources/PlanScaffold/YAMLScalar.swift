import PlanModel

/// How the skeleton writes a text field: quoted, so any words (a region name with `: ` or `#`)
/// stay one YAML string, and as a language map when the plan has several languages.
enum YAMLScalar {
    /// `"…"`: a JSON string literal is also a YAML double-quoted string (YAML 1.2 reads JSON).
    static func quoted(_ text: String) -> String { JSONText.quote(text) }

    /// `"…"` for one language, `{fi: "…", sv: "…"}` for several, in the plan's language order.
    static func text(_ values: [Language: String], _ languages: [Language]) -> String {
        if languages.count == 1 { return quoted(values[languages[0]] ?? "") }
        return "{" + languages.map { "\($0.rawValue): \(quoted(values[$0] ?? ""))" }.joined(separator: ", ") + "}"
    }
}
