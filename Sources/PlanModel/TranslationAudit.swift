/// What is not yet written in each of the site's other languages: text fields and Markdown bodies that
/// will show in the default language (with their `lang`) on that language's pages.
public struct TranslationAudit: Sendable {
    public struct Missing: Sendable, Hashable, Comparable {
        public var language: Language
        public var path: String
        /// The field: "title", "summary", "body", "name" …
        public var field: String

        public static func < (a: Missing, b: Missing) -> Bool { (a.language, a.path, a.field) < (b.language, b.path, b.field) }
    }

    public let missing: [Missing]

    public init(_ plan: Plan) {
        let others = Array(plan.site.languages.dropFirst())
        var found: [Missing] = []
        func text(_ text: LocalizedText?, _ field: String, _ path: String) {
            guard let text else { return }
            for language in others where text.values[language] == nil { found.append(Missing(language: language, path: path, field: field)) }
        }
        func body(_ body: LocalizedMarkdown, _ path: String) {
            guard let source = body.sources[plan.site.defaultLanguage], !source.isBlank else { return }
            for language in others where body.sources[language] == nil { found.append(Missing(language: language, path: path, field: "body")) }
        }
        text(plan.site.title, "title", plan.site.location.path)
        for area in plan.focusAreas {
            text(area.title, "title", area.location.path)
            text(area.summary, "summary", area.location.path)
            body(area.body, area.location.path)
        }
        for goal in plan.goals {
            text(goal.title, "title", goal.location.path)
            body(goal.body, goal.location.path)
        }
        for measure in plan.measures {
            text(measure.title, "title", measure.location.path)
            body(measure.body, measure.location.path)
        }
        for indicator in plan.indicators { text(indicator.name, "name", indicator.location.path) }
        for organization in plan.organizations { text(organization.name, "name", organization.location.path) }
        for body in plan.bodies { text(body.name, "name", body.location.path) }
        for event in plan.events { text(event.title, "title \(event.id)", event.location.path) }
        for interface in plan.interfaces {
            text(interface.title, "title", interface.location.path)
            body(interface.body, interface.location.path)
        }
        for page in plan.pages {
            text(page.title, "title", page.location.path)
            body(page.body, page.location.path)
        }
        // A report is written in one language; it is not expected in the others.
        missing = found.sorted()
    }

    /// The missing items of one language, grouped by file: (path, fields).
    public func byFile(_ language: Language) -> [(path: String, fields: [String])] {
        var order: [String] = []
        var fields: [String: [String]] = [:]
        for item in missing where item.language == language {
            if fields[item.path] == nil { order.append(item.path) }
            fields[item.path, default: []].append(item.field)
        }
        return order.map { ($0, fields[$0]!) }
    }
}
