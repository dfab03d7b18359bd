/// A cooperation body (yhteistyörakenne): a group, network or forum at one level of the structure.
public struct Body: Sendable, Identifiable, Equatable {
    /// Ordered from the top of the structure down.
    public enum Level: String, Sendable, CaseIterable {
        case strategic, operational, coordination, network, forum
    }

    public var id: String
    public var name: LocalizedText
    public var level: Level
    public var convener: PartyReference?
    public var members: [PartyReference]
    public var meetingsPerYear: ClosedRange<Int>?
    public var legalBasis: [String]
    public var purpose: LocalizedText?
    public var meetings: [Day]
    public var location: SourceLocation

    public init(id: String, name: LocalizedText, level: Level, convener: PartyReference?, members: [PartyReference],
                meetingsPerYear: ClosedRange<Int>?, legalBasis: [String], purpose: LocalizedText?, meetings: [Day],
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.level = level
        self.convener = convener
        self.members = members
        self.meetingsPerYear = meetingsPerYear
        self.legalBasis = legalBasis
        self.purpose = purpose
        self.meetings = meetings
        self.location = location
    }
}
