import Foundation
import PlanModel

/// Finds the plan's organisation for a Sotkanet region.
///
/// A Sotkanet code is unique only within its category: Helsinki's municipality number 091 is also
/// Lappeenrannan seutukunta's code, and every welfare region's code is some hospital district's,
/// maakunta's or ELY centre's too. So an organisation's kind names the one category its code is
/// compared in (municipality → KUNTA, welfare region → HYVINVOINTIALUE, country → MAA), other kinds
/// match by `sotkanet_id` only, and an organisation with a `sotkanet_id` is matched by it alone.
struct RegionMatcher {
    static let categories: [Organization.Kind: String] = [.municipality: "KUNTA", .welfareRegion: "HYVINVOINTIALUE", .country: "MAA"]
    /// The whole of Finland, whatever code the region list gives its MAA entry.
    static let countryCode = "358"

    private var bySotkanetID: [Int: String] = [:]
    /// Category → normalised code → the organisations without a `sotkanet_id` that have that code.
    private var byCode: [String: [String: [String]]] = [:]
    private var regions: [Int: SotkanetRegion] = [:]
    let hasRegionList: Bool
    /// What the plan should write instead (renumbered welfare regions), and codes Sotkanet does not have.
    private(set) var notes: [Diagnostic] = []

    init(organizations: [Organization], regions: [SotkanetRegion]) {
        for region in regions { self.regions[region.id] = region }
        hasRegionList = !regions.isEmpty
        let known = Set(regions.compactMap { region in region.category.map { "\($0.uppercased()) \(Self.normal(region.code ?? ""))" } })
        for organization in organizations.sorted(by: { $0.id < $1.id }) {
            if let id = organization.sotkanetID {
                add(id, organization)
                if organization.kind == .welfareRegion, let renumbered = WelfareRegionRenumbering.region(oldID: id) {
                    add(renumbered.id, organization)
                    note(.sotkanetRenumbered, organization, key: "sotkanet_id", "sotkanet_id \(id) is \(renumbered.name)'s id from before Sotkanet renumbered the welfare regions in 2023",
                         hint: "write sotkanet_id: \(renumbered.id) and code: \"\(renumbered.code)\"")
                }
                continue
            }
            guard let code = organization.code, let category = Self.categories[organization.kind] else { continue }
            if organization.kind == .welfareRegion, let renumbered = Self.oldCode(code, of: organization) {
                add(renumbered.id, organization)
                note(.sotkanetRenumbered, organization, key: "code", "code \"\(code)\" is \(renumbered.name)'s code from before Sotkanet renumbered the welfare regions in 2023"
                         + (WelfareRegionRenumbering.region(code: code).map { "; it is now \($0.name)'s" } ?? ""),
                     hint: "write code: \"\(renumbered.code)\" (Sotkanet's region \(renumbered.id))")
                continue
            }
            let normal = organization.kind == .country && Self.normal(code) == Self.countryCode ? Self.countryKey : Self.normal(code)
            byCode[category, default: [:]][normal, default: []].append(organization.id)
            if hasRegionList && normal != Self.countryKey && !known.contains("\(category) \(normal)") {
                let hint = switch organization.kind {
                case .country: "write code: \"\(Self.countryCode)\", the whole of Finland in Sotkanet"
                case .municipality: "check the code (the municipality's official number), or write the region's sotkanet_id"
                default: "check the code (the welfare region's code since 2023, e.g. \"08\"), or write the region's sotkanet_id"
                }
                note(.sotkanetRegion, organization, key: "code", "Sotkanet has no \(category) region with code \"\(code)\", so \(organization.id) gets no figures from it", hint: hint)
            }
        }
        for (category, codes) in byCode.sorted(by: { $0.key < $1.key }) {
            for (code, ids) in codes.sorted(by: { $0.key < $1.key }) where ids.count > 1 {
                notes.append(.warning(.sotkanetRegion, location(of: ids[1], in: organizations, key: "code"),
                                      "\(ids.joined(separator: " and ")) have the same \(category) code \(code == Self.countryKey ? Self.countryCode : code), so neither gets Sotkanet's figures",
                                      hint: "give each its own code, or a sotkanet_id"))
            }
        }
    }

    /// The organisation id for a region, or nil when the plan does not know the region.
    func area(for regionID: Int) -> String? {
        if let id = bySotkanetID[regionID] { return id }
        // A file exported before the 2023 renumbering names a welfare region by its old id.
        if let renumbered = WelfareRegionRenumbering.region(oldID: regionID), let id = area(for: renumbered.id) { return id }
        guard let region = regions[regionID], let category = region.category?.uppercased(), let codes = byCode[category] else { return nil }
        // Each organisation is filed under one code, so a second candidate is a second organisation.
        let candidates = (codes[Self.normal(region.code ?? "")] ?? []) + (category == "MAA" ? codes[Self.countryKey] ?? [] : [])
        return candidates.count == 1 ? candidates[0] : nil
    }

    func region(_ id: Int) -> SotkanetRegion? { regions[id] }

    /// The category a skipped region is counted under.
    func category(of id: Int) -> String {
        regions[id]?.category?.uppercased() ?? (hasRegionList ? "not in the region list" : "no region list")
    }

    /// "091" and "91" are the same municipality number.
    static func normal(_ code: String) -> String {
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.allSatisfy(\.isASCIIDigit) else { return trimmed.uppercased() }
        let stripped = trimmed.drop { $0 == "0" }
        return stripped.isEmpty ? "0" : String(stripped)
    }

    private static let countryKey = "\u{0}country"

    /// The welfare region a pre-2023 code names, when it is one: a code that is no region's code now,
    /// or one whose organisation's name is the old region's rather than the new one's.
    private static func oldCode(_ code: String, of organization: Organization) -> WelfareRegionRenumbering.Region? {
        guard let old = WelfareRegionRenumbering.region(oldCode: code) else { return nil }
        guard let current = WelfareRegionRenumbering.region(code: code) else { return old }
        let named = WelfareRegionRenumbering.region(named: Array(organization.name.values.values))
        return named == old && named != current ? old : nil
    }

    private mutating func add(_ id: Int, _ organization: Organization) {
        if bySotkanetID[id] == nil { bySotkanetID[id] = organization.id }
    }

    private mutating func note(_ id: DiagnosticID, _ organization: Organization, key: String, _ message: String, hint: String) {
        notes.append(.warning(id, Self.location(of: key, in: organization), message, hint: hint))
    }

    private func location(of id: String, in organizations: [Organization], key: String) -> SourceLocation {
        organizations.first { $0.id == id }.map { Self.location(of: key, in: $0) } ?? SourceLocation(path: id, line: 1, column: 1)
    }

    /// The line of `key:` in the organisation's file, for a message that points at what to change.
    static func location(of key: String, in organization: Organization) -> SourceLocation {
        let file = organization.location
        guard let text = try? String(contentsOfFile: file.path, encoding: .utf8) else { return file }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.hasPrefix("\(key):") {
            return SourceLocation(path: file.path, line: index + 1, column: key.count + 3)
        }
        return file
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
