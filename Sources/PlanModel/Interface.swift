/// A service interface (yhdyspinta) between the municipalities and the region, with its division of tasks.
public struct Interface: Sendable, Identifiable, Equatable, BodiedEntity {
    public static let entityKind = EntityKind.interface
    /// A row of the division-of-tasks table (vastuunjakotaulukko).
    public struct TaskRow: Sendable, Equatable {
        public var task: LocalizedText
        public var municipality: LocalizedText?
        public var welfareRegion: LocalizedText?
        public var shared: LocalizedText?
        public init(task: LocalizedText, municipality: LocalizedText?, welfareRegion: LocalizedText?,
                    shared: LocalizedText?) {
            self.task = task
            self.municipality = municipality
            self.welfareRegion = welfareRegion
            self.shared = shared
        }
    }

    public var id: String
    public var title: LocalizedText
    public var municipalityServices: [LocalizedText]
    public var welfareRegionServices: [LocalizedText]
    public var goals: [Reference]
    public var questions: [LocalizedText]
    public var tasks: [TaskRow]
    /// The Markdown body; pages read it through `PlanReader.body(of:)`.
    @_spi(Loading) public var body: LocalizedMarkdown
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, municipalityServices: [LocalizedText],
                welfareRegionServices: [LocalizedText], goals: [Reference], questions: [LocalizedText],
                tasks: [TaskRow], body: LocalizedMarkdown, location: SourceLocation) {
        self.id = id
        self.title = title
        self.municipalityServices = municipalityServices
        self.welfareRegionServices = welfareRegionServices
        self.goals = goals
        self.questions = questions
        self.tasks = tasks
        self.body = body
        self.location = location
    }
}
