/// A printable council attachment (liite) written in Markdown.
public struct Report: Sendable, Identifiable, Equatable {
    public struct Meeting: Sendable, Equatable {
        /// The meeting body's name as printed on the cover (e.g. Aluevaltuusto).
        public var body: LocalizedText
        public var date: Day
        public var item: String?
        public var attachment: String?
        public init(body: LocalizedText, date: Day, item: String?, attachment: String?) {
            self.body = body
            self.date = date
            self.item = item
            self.attachment = attachment
        }
    }

    public var id: String
    public var title: LocalizedText
    public var meeting: Meeting?
    public var language: Language?
    public var body: LocalizedMarkdown
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, meeting: Meeting?, language: Language?, body: LocalizedMarkdown,
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.meeting = meeting
        self.language = language
        self.body = body
        self.location = location
    }
}

/// A free page (about, contacts …).
public struct Page: Sendable, Identifiable, Equatable, BodiedEntity {
    public static let entityKind = EntityKind.page
    public var id: String
    public var title: LocalizedText
    public var summary: LocalizedText?
    /// The Markdown body; pages read it through `PlanReader.body(of:)`.
    @_spi(Loading) public var body: LocalizedMarkdown
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, summary: LocalizedText?, body: LocalizedMarkdown,
                location: SourceLocation) {
        self.id = id
        self.title = title
        self.summary = summary
        self.body = body
        self.location = location
    }
}
