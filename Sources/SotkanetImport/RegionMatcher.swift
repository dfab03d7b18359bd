import Foundation
import PlanModel

/// Finds the plan's organisation for a Sotkanet region: by `sotkanet_id` first, then by the official
/// `code` from Sotkanet's region list. Sotkanet renumbered the welfare regions' ids; their codes stayed,
/// so a plan written against the old ids still matches through the code.
struct RegionMatcher {
    private var bySotkanetID: [Int: String] = [:]
    private var byCode: [String: [Organization]] = [:]
    private var regions: [Int: SotkanetRegion] = [:]

    init(organizations: [Organization], regions: [SotkanetRegion]) {
        for organization in organizations.sorted(by: { $0.id < $1.id }) {
            if let id = organization.sotkanetID, bySotkanetID[id] == nil { bySotkanetID[id] = organization.id }
            if let code = organization.code { byCode[Self.normal(code), default: []].append(organization) }
        }
        for region in regions { self.regions[region.id] = region }
    }

    /// The organisation id for a region, or nil when the plan does not know the region.
    func area(for regionID: Int) -> String? {
        if let id = bySotkanetID[regionID] { return id }
        guard let region = regions[regionID], let code = region.code, let candidates = byCode[Self.normal(code)] else { return nil }
        if candidates.count == 1 { return candidates[0].id }
        // Municipality 091 and a welfare region coded 091 are told apart by Sotkanet's category.
        let kind = region.category.flatMap { Self.kinds[$0.uppercased()] }
        let fitting = candidates.filter { $0.kind == kind }
        return fitting.count == 1 ? fitting[0].id : nil
    }

    func region(_ id: Int) -> SotkanetRegion? { regions[id] }

    private static let kinds: [String: Organization.Kind] = [
        "KUNTA": .municipality, "HYVINVOINTIALUE": .welfareRegion, "MAA": .country,
    ]

    /// "091" and "91" are the same municipality number.
    static func normal(_ code: String) -> String {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy(\.isASCIIDigit) else { return trimmed.uppercased() }
        let stripped = trimmed.drop { $0 == "0" }
        return stripped.isEmpty ? "0" : String(stripped)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
