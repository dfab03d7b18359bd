/// A goal (tavoite): concrete and measurable, with targets on indicators.
public struct Goal: Sendable, Identifiable, Equatable, BodiedEntity {
    public static let entityKind = EntityKind.goal
    /// Sub-goal categories tracked in goal setting.
    public enum Category: String, Sendable, CaseIterable {
        case hyteKerroin = "hyte-kerroin", talousarvio, yhdyspinta, terveyserot, integraatio
    }

    public var id: String
    public var title: LocalizedText
    public var focusArea: Reference
    public var categories: [Category]
    public var responsible: [PartyReference]
    public var targets: [Target]
    /// The Markdown body; pages read it through `PlanReader.body(of:)`.
    @_spi(Loading) public var body: LocalizedMarkdown
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, focusArea: Reference, categories: [Category],
                responsible: [PartyReference], targets: [Target], body: LocalizedMarkdown, location: SourceLocation) {
        self.id = id
        self.title = title
        self.focusArea = focusArea
        self.categories = categories
        self.responsible = responsible
        self.targets = targets
        self.body = body
        self.location = location
    }
}

/// One indicator value a goal aims at: from a baseline year to a target year.
public struct Target: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var year: Int
        /// Left out for a baseline: the observation of that year is used.
        public var value: Double?
        public var location: SourceLocation
        public init(year: Int, value: Double?, location: SourceLocation) {
            self.year = year
            self.value = value
            self.location = location
        }
    }

    public var indicator: Reference
    /// nil: the plan's region.
    public var area: Reference?
    public var group: String
    public var baseline: Point
    public var target: Point
    public var location: SourceLocation

    public init(indicator: Reference, area: Reference?, group: String, baseline: Point, target: Point,
                location: SourceLocation) {
        self.indicator = indicator
        self.area = area
        self.group = group
        self.baseline = baseline
        self.target = target
        self.location = location
    }
}
