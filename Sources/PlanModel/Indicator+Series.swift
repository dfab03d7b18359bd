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

}
