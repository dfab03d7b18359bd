/// A focus area (painopiste) of the plan.
public struct FocusArea: Sendable, Identifiable, Equatable, BodiedEntity {
    public static let entityKind = EntityKind.focusArea
    public var id: String
    public var title: LocalizedText
    public var order: Int
    public var summary: LocalizedText?
    public var populationGroups: [LocalizedText]
    /// The Markdown body; pages read it through `PlanReader.body(of:)`.
    @_spi(Loading) public var body: LocalizedMarkdown
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, order: Int, summary: LocalizedText?,
                populationGroups: [LocalizedText], body: LocalizedMarkdown, location: SourceLocation) {
        self.id = id
        self.title = title
        self.order = order
        self.summary = summary
        self.populationGroups = populationGroups
        self.body = body
        self.location = location
    }
}
