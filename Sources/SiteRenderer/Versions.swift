import PlanModel

/// Which pages exist in which language: every page in every site language, except a report written in
/// one language (its `language`), which exists only there. Language switchers and hreflang use it.
struct Versions: Sendable {
    let languages: [Language]
    /// Reports by id with the one language they are published in (nil: every language).
    let reportLanguages: [String: Language?]

    init(plan: Plan, languages: [Language]) {
        self.languages = languages
        var reportLanguages: [String: Language?] = [:]
        for report in plan.reports { reportLanguages[report.id] = report.language }
        self.reportLanguages = reportLanguages
    }

    func exists(_ route: Route, _ language: Language, _ reader: PlanReader) -> Bool {
        guard case .report(let id) = route, let only = self.language(ofReport: id, reader) else { return true }
        return only == language
    }

    /// The one language a report is written in; nil when it is published in every language.
    func language(ofReport id: String, _ reader: PlanReader) -> Language? {
        // Made from the reports before any page rendered: the page depends on them all the same.
        reader.note(.all(.report))
        return reportLanguages[id] ?? nil
    }

    /// The Markdown reports published in a language.
    static func reports(_ reports: [Report], _ language: Language) -> [Report] {
        reports.filter { $0.language == nil || $0.language == language }
    }
}
