/// An indicator and its observations (from `data/<id>.csv`).
public struct Indicator: Sendable, Identifiable, Equatable {
    public enum Better: String, Sendable, CaseIterable { case higher, lower, neutral }

    public struct Source: Sendable, Equatable {
        public var name: String
        public var sotkanetID: Int?
        public var url: String?
        /// When the source last updated the data (Sotkanet's `data-updated`), for the citation.
        public var updated: Day?
        public init(name: String, sotkanetID: Int?, url: String?, updated: Day? = nil) {
            self.name = name
            self.sotkanetID = sotkanetID
            self.url = url
            self.updated = updated
        }
    }

    public var id: String
    public var name: LocalizedText
    public var unit: String
    public var decimals: Int
    public var better: Better
    public var source: Source
    public var description: LocalizedText?
    public var hyteKerroin: Bool
    /// Sorted by area, group and year.
    public var observations: [Observation] { didSet { index() } }
    public var location: SourceLocation
    /// Observations by area and group, so a page asks for a series without scanning every row.
    private(set) var seriesIndex: [SeriesKey: [Observation]] = [:]
    /// Every year with a row, ascending; computed with the index, not per page.
    public private(set) var years: [Int] = []
    /// The groups, total first, then the others by name.
    public private(set) var groups: [String] = []

    private mutating func index() {
        seriesIndex = Self.seriesIndex(observations)
        years = Array(Set(observations.map(\.year))).sorted()
        let all = Set(observations.map(\.group))
        groups = (all.contains(Observation.totalGroup) ? [Observation.totalGroup] : [])
            + all.subtracting([Observation.totalGroup]).sorted()
    }

    struct SeriesKey: Hashable, Sendable {
        var area: String
        var group: String
    }

    static func seriesIndex(_ observations: [Observation]) -> [SeriesKey: [Observation]] {
        var index: [SeriesKey: [Observation]] = [:]
        for o in observations { index[SeriesKey(area: o.area, group: o.group), default: []].append(o) }
        for key in index.keys { index[key]!.sort { $0.year < $1.year } }
        return index
    }

    public init(id: String, name: LocalizedText, unit: String, decimals: Int, better: Better, source: Source,
                description: LocalizedText?, hyteKerroin: Bool, observations: [Observation], location: SourceLocation) {
        self.id = id
        self.name = name
        self.unit = unit
        self.decimals = decimals
        self.better = better
        self.source = source
        self.description = description
        self.hyteKerroin = hyteKerroin
        self.observations = observations
        self.location = location
        index()
    }
}

/// One row of an indicator's data: a value (or a known gap) for an area, year and group.
public struct Observation: Sendable, Hashable {
    public var area: String
    public var year: Int
    /// nil is a missing observation, never zero.
    public var value: Double?
    public var group: String
    public var line: Int

    public init(area: String, year: Int, value: Double?, group: String, line: Int) {
        self.area = area
        self.year = year
        self.value = value
        self.group = group
        self.line = line
    }

    public static let totalGroup = "total"
}
