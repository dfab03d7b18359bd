/// An event of the annual clock (vuosikello): recurring in given months, or on a date.
public struct CalendarEvent: Sendable, Identifiable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case negotiation, budget
        case financialStatement = "financial-statement"
        case report, meeting, forum, training, election, other
    }

    public enum When: Sendable, Equatable {
        /// Every year in these months (1–12).
        case months([Int])
        case dated(Day, time: TimeOfDay?, endDate: Day?)
    }

    public var id: String
    public var title: LocalizedText
    public var kind: Kind
    public var when: When
    public var body: Reference?
    public var legalBasis: String?
    public var description: LocalizedText?
    /// The calendar file the event is in.
    public var file: String
    public var location: SourceLocation

    public init(id: String, title: LocalizedText, kind: Kind, when: When, body: Reference?, legalBasis: String?,
                description: LocalizedText?, file: String, location: SourceLocation) {
        self.id = id
        self.title = title
        self.kind = kind
        self.when = when
        self.body = body
        self.legalBasis = legalBasis
        self.description = description
        self.file = file
        self.location = location
    }

    public var date: Day? {
        if case .dated(let day, _, _) = when { return day }
        return nil
    }

    public var months: [Int] {
        if case .months(let months) = when { return months }
        return []
    }
}
