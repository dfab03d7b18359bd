/// An organisation that takes part in the plan: the region, a municipality, the country, a partner.
public struct Organization: Sendable, Identifiable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case welfareRegion = "welfare-region", municipality, country
        case regionalCouncil = "regional-council", association, parish, state, company, other
    }

    public struct Unit: Sendable, Equatable {
        public var id: String
        public var name: LocalizedText
        public var location: SourceLocation
        public init(id: String, name: LocalizedText, location: SourceLocation) {
            self.id = id
            self.name = name
            self.location = location
        }
    }

    /// A hyte contact person (yhdyshenkilö), preferably a role mailbox.
    public struct Contact: Sendable, Equatable {
        public var name: String
        public var role: LocalizedText?
        public var email: String?
        public var phone: String?
        /// The counterpart (vastinpari) on the other side.
        public var pair: PartyReference?
        public init(name: String, role: LocalizedText?, email: String?, phone: String?, pair: PartyReference?) {
            self.name = name
            self.role = role
            self.email = email
            self.phone = phone
            self.pair = pair
        }
    }

    public var id: String
    public var name: LocalizedText
    public var kind: Kind
    public var code: String?
    public var sotkanetID: Int?
    public var units: [Unit]
    public var contacts: [Contact]
    public var location: SourceLocation

    public init(id: String, name: LocalizedText, kind: Kind, code: String?, sotkanetID: Int?,
                units: [Unit], contacts: [Contact], location: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.code = code
        self.sotkanetID = sotkanetID
        self.units = units
        self.contacts = contacts
        self.location = location
    }

    public func unit(_ id: String) -> Unit? { units.first { $0.id == id } }
}
