import Foundation
import PlanModel
import Yams

/// The site's UI strings in one language, from `Resources/i18n/<lang>.yaml`.
struct Labels: Sendable {
    let strings: [String: String]
    let monthNames: [String]

    /// Looks up a label; a missing key shows as the key itself so it is seen, not hidden.
    subscript(key: String) -> String { strings[key] ?? key }

    /// A language's own name ("suomi", "svenska", "English"), from that language's file.
    func languageName(_ language: Language) -> String { strings["language_name_\(language.rawValue)"] ?? language.rawValue }

    /// A label with `{name}` placeholders filled in.
    func format(_ key: String, _ values: [String: String]) -> String {
        // One pass over the label; an unknown {name} stays as written so it shows up in review.
        let template = self[key]
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func load(_ language: Language, fallback: Language = .fi) throws -> Labels {
        let own = try table(language)
        let base = language == fallback ? own : try table(fallback)
        var strings: [String: String] = [:]
        var months: [String] = []
        for (key, value) in base.merging(own, uniquingKeysWith: { _, new in new }) {
            if let text = value as? String {
                strings[key] = text
            } else if let list = value as? [String], key == "months" {
                months = list
            } else {
                // A bare yes/no reads as a boolean: the translation files quote such values.
                throw RenderError.resource("i18n/\(language.rawValue).yaml: '\(key)' is not text; put the value in quotes")
            }
        }
        guard months.count == 12 else { throw RenderError.resource("i18n/\(language.rawValue).yaml needs 12 month names") }
        return Labels(strings: strings, monthNames: months)
    }

    private static func table(_ language: Language) throws -> [String: Any] {
        guard let url = Bundle.module.url(forResource: language.rawValue, withExtension: "yaml", subdirectory: "Resources/i18n")
        else { return [:] }
        let text = try String(contentsOf: url, encoding: .utf8)
        return (try Yams.load(yaml: text) as? [String: Any]) ?? [:]
    }
}

public enum RenderError: Error, CustomStringConvertible {
    case resource(String)
    case template(String)

    public var description: String {
        switch self {
        case .resource(let text): return "missing resource: \(text)"
        case .template(let text): return "template error: \(text)"
        }
    }
}
