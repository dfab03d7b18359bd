extension Indicator {
    /// The observations of one area and group, by year (gaps stay gaps).
    public func series(area: String, group: String = Observation.totalGroup) -> [Observation] {
        seriesIndex[SeriesKey(area: area, group: group)] ?? []
    }

    /// The value of one area, group and year, when observed.
    public func value(area: String, year: Int, group: String = Observation.totalGroup) -> Double? {
        series(area: area, group: group).first { $0.year == year }?.value
    }

    /// The newest year with a value for the area and group.
    public func latest(area: String, group: String = Observation.totalGroup) -> Observation? {
        series(area: area, group: group).last { $0.value != nil }
    }

    public var years: [Int] { Array(Set(observations.map(\.year))).sorted() }
    public var groups: [String] {
        let all = Set(observations.map(\.group))
        // Total first, then the others by name.
        return (all.contains(Observation.totalGroup) ? [Observation.totalGroup] : [])
            + all.subtracting([Observation.totalGroup]).sorted()
    }
}
