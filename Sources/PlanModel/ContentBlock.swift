/// A ```` ```chart ```` or ```` ```table ```` block in a Markdown body, parsed when the plan loads.
public enum ContentBlock: Sendable, Hashable {
    case chart(ChartSpec)
    case table(TableSpec)
}

public struct ChartSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable { case trend, compare, progress, status, clock, structure }

    public var kind: Kind
    public var indicator: Reference?
    /// Empty: the region and the country.
    public var areas: [Reference]
    public var years: ClosedRange<Int>?
    public var year: Int?
    public var groups: [String]
    public var goal: Reference?
    public var focusArea: Reference?
    public var title: LocalizedText?
    public var location: SourceLocation

    public init(kind: Kind, indicator: Reference?, areas: [Reference], years: ClosedRange<Int>?, year: Int?,
                groups: [String], goal: Reference?, focusArea: Reference?, title: LocalizedText?,
                location: SourceLocation) {
        self.kind = kind
        self.indicator = indicator
        self.areas = areas
        self.years = years
        self.year = year
        self.groups = groups
        self.goal = goal
        self.focusArea = focusArea
        self.title = title
        self.location = location
    }
}

public struct TableSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case goals, measures, indicators, responsibilities, calendar, bodies, contacts
    }

    public var kind: Kind
    public var focusArea: Reference?
    public var goal: Reference?
    public var organization: Reference?
    public var title: LocalizedText?
    public var location: SourceLocation

    public init(kind: Kind, focusArea: Reference?, goal: Reference?, organization: Reference?,
                title: LocalizedText?, location: SourceLocation) {
        self.kind = kind
        self.focusArea = focusArea
        self.goal = goal
        self.organization = organization
        self.title = title
        self.location = location
    }
}
