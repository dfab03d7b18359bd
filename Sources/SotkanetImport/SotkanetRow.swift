import PlanModel

/// One data row of Sotkanet's open data: an indicator's value for a region, year and gender.
public struct SotkanetRow: Sendable, Equatable {
    public var indicator: Int
    public var region: Int
    public var year: Int
    /// `total`, `male` or `female`; hyte's group of the same name.
    public var gender: String
    /// nil when Sotkanet has no value (too few cases to publish, or not collected that year).
    public var value: Double?
    public var absValue: Double?
    /// Where the row was read, for messages.
    public var location: SourceLocation

    public init(indicator: Int, region: Int, year: Int, gender: String, value: Double?, absValue: Double?, location: SourceLocation) {
        self.indicator = indicator
        self.region = region
        self.year = year
        self.gender = gender
        self.value = value
        self.absValue = absValue
        self.location = location
    }

    public static let genders = ["total", "male", "female"]
}

/// A region of Sotkanet's region list: its id in the data rows, its official code and category.
public struct SotkanetRegion: Sendable, Equatable {
    public var id: Int
    public var code: String?
    /// KUNTA, HYVINVOINTIALUE, MAA, MAAKUNTA …
    public var category: String?
    public var title: [String: String]

    public init(id: Int, code: String?, category: String?, title: [String: String]) {
        self.id = id
        self.code = code
        self.category = category
        self.title = title
    }

    public var name: String { title["fi"] ?? title["sv"] ?? title["en"] ?? "region \(id)" }
}

/// What Sotkanet tells of an indicator (`/rest/1.1/indicators/<id>`).
public struct SotkanetMetadata: Sendable, Equatable {
    public var id: Int
    public var title: [String: String]
    public var description: [String: String]
    /// The kind of value in Finnish, e.g. "prosenttia"; becomes the unit of a new indicator.
    public var valueType: [String: String]
    public var decimals: Int?
    public var range: ClosedRange<Int>?
    /// `data-updated`: when THL last updated the figures; cited with the data.
    public var updated: Day?

    public init(id: Int, title: [String: String], description: [String: String], valueType: [String: String],
                decimals: Int?, range: ClosedRange<Int>?, updated: Day?) {
        self.id = id
        self.title = title
        self.description = description
        self.valueType = valueType
        self.decimals = decimals
        self.range = range
        self.updated = updated
    }
}
