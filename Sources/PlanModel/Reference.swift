/// An id written in a content file, with where it was written, so a dangling one can be pointed at.
public struct Reference: Hashable, Sendable, CustomStringConvertible {
    public var id: String
    public var location: SourceLocation

    public init(_ id: String, at location: SourceLocation) {
        self.id = id
        self.location = location
    }

    public var description: String { id }
}

/// A responsible party: an organisation, one of its units, or every municipality.
public struct PartyReference: Hashable, Sendable, CustomStringConvertible {
    public enum Target: Hashable, Sendable {
        case organization(String)
        case unit(organization: String, unit: String)
        case allMunicipalities
    }

    public static let allMunicipalitiesKeyword = "all-municipalities"

    public var target: Target
    public var location: SourceLocation

    public init(_ target: Target, at location: SourceLocation) {
        self.target = target
        self.location = location
    }

    /// Parses `org`, `org/unit` or `all-municipalities`; nil when the text has another shape.
    public init?(parsing text: String, at location: SourceLocation) {
        if text == Self.allMunicipalitiesKeyword {
            target = .allMunicipalities
        } else {
            let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            switch parts.count {
            case 1 where Identifier.isValid(parts[0]): target = .organization(parts[0])
            case 2 where Identifier.isValid(parts[0]) && Identifier.isValid(parts[1]):
                target = .unit(organization: parts[0], unit: parts[1])
            default: return nil
            }
        }
        self.location = location
    }

    /// The organisation the party belongs to (nil for every municipality).
    public var organizationID: String? {
        switch target {
        case .organization(let id), .unit(let id, _): return id
        case .allMunicipalities: return nil
        }
    }

    public var description: String {
        switch target {
        case .organization(let id): return id
        case .unit(let org, let unit): return "\(org)/\(unit)"
        case .allMunicipalities: return Self.allMunicipalitiesKeyword
        }
    }
}

/// Ids are file names: lowercase a–z, 0–9 and '-', starting with a letter.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, first >= 0x61, first <= 0x7A else { return false }
        return text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}

/// Free pages live at the site root (`/<id>/`), so their ids must not take a section's name.
public enum ReservedPath {
    public static let segments: [String] = [
        "painopisteet", "tavoitteet", "toimenpiteet", "indikaattorit", "kunnat", "toimijat", "yhteistyo",
        "vuosikello", "yhdyspinnat", "vastuut", "raportit", "saavutettavuusseloste", "data", "assets", "paivitykset", "haku", "sivut", "pagefind", "fi", "sv", "en",
    ]
}

/// Ids of the attachments hyte compiles from the plan; a report file must not take them.
public enum GeneratedReportID {
    public static let plan = "hyvinvointisuunnitelma"
    public static func yearly(_ year: Int) -> String { "seurantaraportti-\(year)" }
    public static func card(_ municipality: String) -> String { "kuntakortti-\(municipality)" }

    public static func isReserved(_ id: String) -> Bool {
        id == plan || id.hasPrefix("seurantaraportti-") || id.hasPrefix("kuntakortti-")
    }
}
