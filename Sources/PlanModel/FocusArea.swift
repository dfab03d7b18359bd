/// A focus area (painopiste) of the plan.
public struct FocusArea: Sendable, Identifiable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var order: Int
    public var summary: LocalizedText?
    public var populationGroups: [LocalizedText]
    public var body: LocalizedMarkdown
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
