import PlanModel

/// A section of an entity page: a heading with links, a table, or both.
struct SectionView: Encodable {
    var id: String
    var heading: String
    var links: [LinkView] = []
    var table: TableView?
    var empty: String?

    /// A table whose caption would repeat the section's heading shows it to screen readers only.
    init(id: String, heading: String, links: [LinkView] = [], table: TableView? = nil, empty: String? = nil) {
        self.id = id
        self.heading = heading
        self.links = links
        self.table = table.map { table in
            var table = table
            table.captionHidden = table.caption == heading
            return table
        }
        self.empty = empty
    }
}

/// The shape every entity page shares: facts, a Markdown body and related sections.
struct EntityView: Encodable {
    var layout: LayoutView
    var lead: String?
    var leadLang: String?
    var facts: [FactView]
    var prose: String?
    var proseLang: String?
    var sections: [SectionView]
    var charts: [ChartView] = []
}

extension PageScope {
    func section(_ id: String, _ headingKey: String, links: [LinkView], emptyKey: String? = nil) -> SectionView? {
        if links.isEmpty && emptyKey == nil { return nil }
        return SectionView(id: id, heading: labels[headingKey], links: links, empty: links.isEmpty ? emptyKey.map { labels[$0] } : nil)
    }

    func fact(_ key: String, _ values: [CellView]) -> FactView? {
        values.isEmpty ? nil : FactView(term: labels[key], values: values)
    }

    func fact(_ key: String, _ text: String?) -> FactView? {
        guard let text, !text.isEmpty else { return nil }
        return FactView(term: labels[key], values: [CellView(text: text)])
    }
}
