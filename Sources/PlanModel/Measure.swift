/// A measure (toimenpide): what is done, by whom, when, with what money, and how far it has got.
public struct Measure: Sendable, Identifiable, Equatable, BodiedEntity {
    public static let entityKind = EntityKind.measure
    public enum Status: String, Sendable, CaseIterable {
        case planned, ongoing, done, delayed, cancelled
    }

    public struct Budget: Sendable, Equatable {
        public var amount: Double?
        public var note: LocalizedText?
        public init(amount: Double?, note: LocalizedText?) {
            self.amount = amount
            self.note = note
        }
    }

    public struct Schedule: Sendable, Equatable {
        public var start: YearMonth?
        public var end: YearMonth?
        public var location: SourceLocation
        public init(start: YearMonth?, end: YearMonth?, location: SourceLocation) {
            self.start = start
            self.end = end
            self.location = location
        }
    }

    /// One entry of the follow-up history; the last one is the current state.
    public struct FollowUp: Sendable, Equatable {
        public var date: Day
        public var status: Status
        public var progress: Int?
        public var note: LocalizedText?
        public var location: SourceLocation
        public init(date: Day, status: Status, progress: Int?, note: LocalizedText?, location: SourceLocation) {
            self.date = date
            self.status = status
            self.progress = progress
            self.note = note
            self.location = location
        }
    }

    public var id: String
    public var title: LocalizedText
    public var goals: [Reference]
    public var lead: PartyReference
    public var partners: [PartyReference]
    public var schedule: Schedule?
    public var budget: Budget?
    public var indicators: [Reference]
    public var followUp: [FollowUp]
    /// The Markdown body; pages read it through `PlanReader.body(of:)`.
    @_spi(Loading) public var body: LocalizedMarkdown
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, goals: [Reference], lead: PartyReference,
                partners: [PartyReference], schedule: Schedule?, budget: Budget?,
                indicators: [Reference], followUp: [FollowUp], body: LocalizedMarkdown, location: SourceLocation) {
        self.id = id
        self.title = title
        self.goals = goals
        self.lead = lead
        self.partners = partners
        self.schedule = schedule
        self.budget = budget
        self.indicators = indicators
        self.followUp = followUp
        self.body = body
        self.location = location
    }

    /// The current state: the last follow-up entry, or planned when there is none.
    public var status: Status { followUp.last?.status ?? .planned }
    public var progress: Int? { followUp.last?.progress }
}
