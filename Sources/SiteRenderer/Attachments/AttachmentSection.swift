/// A section of an attachment compiled from the plan rather than written in Markdown.
struct AttachmentSection: Sendable, Encodable {
    var id: String
    var heading: String
    /// 2 or 3: the heading level under the document title.
    var level: Int
    var text: String? = nil
    var facts: [FactView] = []
    var tables: [TableView] = []
    var charts: [ChartView] = []
    var sections: [AttachmentSection] = []
}

/// An attachment compiled from the plan: the whole plan, the yearly report, a municipality card.
struct GeneratedAttachment: Sendable {
    var id: String
    var title: String
    var sections: [AttachmentSection]

    /// Headings for the table of contents, in reading order.
    var contents: [ReportView.TocEntry] {
        func walk(_ sections: [AttachmentSection]) -> [ReportView.TocEntry] {
            sections.flatMap { [ReportView.TocEntry(text: $0.heading, href: "#\($0.id)", level: $0.level)] + walk($0.sections) }
        }
        return walk(sections)
    }
}
