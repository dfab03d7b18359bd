import Foundation
import PlanLoader
import PlanModel

/// Brings Sotkanet's rows into the plan: each Sotkanet indicator into the plan's indicator with the same
/// `source.sotkanet_id` (or a new `sotkanet-<id>`), each region into the organisation it matches.
/// Nothing is written while anything is wrong, and a file is written only when its bytes change.
public struct SotkanetImporter {
    /// What was read from Sotkanet, from files or the API.
    public struct Input: Sendable {
        public var rows: [SotkanetRow] = []
        public var metadata: [Int: SotkanetMetadata] = [:]
        public var regions: [SotkanetRegion] = []
        public init() {}

        public mutating func add(_ file: SotkanetFile) {
            switch file {
            case .data(let rows): self.rows += rows
            case .metadata(let metadata): self.metadata[metadata.id] = metadata
            case .regions(let regions): self.regions += regions
            }
        }
    }

    public struct Report: Sendable {
        public var diagnostics: [Diagnostic] = []
        /// One paragraph per indicator: what was added, changed and skipped.
        public var summary: [String] = []
        public var written: [String] = []
    }

    public let content: String
    /// The plan's id for the one Sotkanet indicator imported (`--as`).
    public let asID: String?

    /// Whether figures the plan has may become gaps because Sotkanet no longer has them (`--allow-gaps`).
    public let allowGaps: Bool

    public init(content: String, asID: String? = nil, allowGaps: Bool = false) {
        self.content = content
        self.asID = asID
        self.allowGaps = allowGaps
    }

    /// The plan as the import sees it: loaded before anything is fetched, so a refresh of every
    /// indicator knows which to fetch and a plan with errors costs no request.
    public func loadPlan() -> ContentLoader.Result { ContentLoader(path: content).load() }

    public func run(_ input: Input, plan loaded: ContentLoader.Result? = nil) -> Report {
        var report = Report()
        let loaded = loaded ?? loadPlan()
        guard let plan = loaded.plan, !loaded.diagnostics.hasErrors else {
            report.diagnostics = loaded.diagnostics.errors
            report.summary = ["the plan has errors (above); fix them first (hyte check), then import again"]
            return report
        }
        let matcher = RegionMatcher(organizations: plan.organizations, regions: input.regions)
        report.diagnostics += matcher.notes
        let rank = areaRanks(plan)
        var changes: [(path: String, text: String)] = []
        for (sotkanetID, rows) in Dictionary(grouping: input.rows, by: \.indicator).sorted(by: { $0.key < $1.key }) {
            guard let target = target(for: sotkanetID, plan: plan, input: input, firstRow: rows[0], report: &report) else { continue }
            let (imported, skipped, missing) = observations(rows, matcher, report: &report)
            let dataPath = "\(content)/data/\(target.id).csv"
            let existing = try? String(contentsOfFile: dataPath, encoding: .utf8)
            let merged = DataFileMerge.merge(existing: existing, imported: imported) { rank[$0] ?? Int.max }
            if merged.text != existing { changes.append((dataPath, merged.text)) }
            report.diagnostics += emptied(merged.emptied, in: dataPath)
            var lines = ["\(dataPath): " + counts(merged, missing: missing)]
            if let yaml = indicatorFile(target, metadata: input.metadata[sotkanetID], report: &report) {
                changes.append(yaml)
                lines.append(target.isNew ? "new indicator \(yaml.path): check its unit and choose better (higher, lower or neutral)"
                                          : "\(yaml.path): the data's date set to \(input.metadata[sotkanetID]!.updated!)")
            }
            if !skipped.isEmpty { lines.append(skippedLine(skipped, matcher)) }
            report.summary.append("Sotkanet \(sotkanetID) → \(target.id)\n  " + lines.joined(separator: "\n  "))
        }
        if input.rows.isEmpty {
            report.diagnostics.append(.error(.noData, SourceLocation(path: content, line: 1, column: 1), "no data rows to import",
                                             hint: "give a data file (JSON or CSV) exported from Sotkanet, or --indicator ID"))
        }
        guard !report.diagnostics.hasErrors else {
            report.summary = ["nothing was written"]
            return report
        }
        for change in changes {
            do {
                try write(change.text, to: change.path)
                report.written.append(change.path)
            } catch {
                report.diagnostics.append(.error(.writeFailed, SourceLocation(path: change.path, line: 1, column: 1), "cannot write the file: \(error.localizedDescription)"))
            }
        }
        if changes.isEmpty { report.summary.append("nothing changed") }
        return report
    }

    /// A figure the plan has that Sotkanet sends without a value: an error unless gaps are allowed, and
    /// listed either way, since an export of the wrong shape or a withdrawn series would blank it silently.
    private func emptied(_ rows: [DataFileMerge.Emptied], in path: String) -> [Diagnostic] {
        rows.map { row in
            let location = SourceLocation(path: path, line: row.line, column: 1)
            let what = "\(row.key.area), \(row.key.year), \(row.key.group)"
            let previous = ExistingFile.number(row.previous)
            if allowGaps {
                return .warning(.sotkanetGap, location, "\(what): Sotkanet has no figure; \(previous) becomes a gap (--allow-gaps)")
            }
            return .error(.sotkanetGap, location, "\(what): Sotkanet has no figure, and the import would empty \(previous) here",
                          hint: "check that the export is the indicator's data; if Sotkanet has withdrawn the figure, import again with --allow-gaps")
        }
    }

    /// One indicator's rows as the plan's observations: rows of unknown regions counted by region, gaps
    /// counted, two different values for the same area, year and group reported (the first 20).
    private func observations(_ rows: [SotkanetRow], _ matcher: RegionMatcher, report: inout Report)
        -> (imported: [DataFileMerge.Observation], skipped: [Int: Int], missing: Int) {
        var byKey: [DataFileMerge.Key: (observation: DataFileMerge.Observation, row: SotkanetRow)] = [:]
        var skipped: [Int: Int] = [:]
        var conflicts = 0
        for row in rows {
            guard let area = matcher.area(for: row.region) else { skipped[row.region, default: 0] += 1; continue }
            let observation = DataFileMerge.Observation(area: area, group: row.gender, year: row.year, value: row.value)
            guard let earlier = byKey[observation.key] else { byKey[observation.key] = (observation, row); continue }
            guard earlier.observation.value != observation.value else { continue }
            conflicts += 1
            if conflicts <= 20 {
                report.diagnostics.append(.error(.sotkanetConflict, row.location, "a second, different value for \(area), \(row.year), \(row.gender)",
                                                 hint: "the first is at \(earlier.row.location); import one export of the indicator at a time"))
            }
        }
        if conflicts > 20 { report.diagnostics.append(.error(.moreErrors, rows[0].location, "\(conflicts - 20) more rows with a second, different value")) }
        let imported = byKey.values.map(\.observation)
        return (imported, skipped, imported.filter { $0.value == nil }.count)
    }

    struct Target {
        var id: String
        var isNew: Bool
        var sotkanetID: Int
        var existingUpdated: Day?
    }

    private func target(for sotkanetID: Int, plan: Plan, input: Input, firstRow: SotkanetRow, report: inout Report) -> Target? {
        let matching = plan.indicators.filter { $0.source.sotkanetID == sotkanetID }
        if matching.count > 1 {
            report.diagnostics.append(.error(.sotkanetIndicator, matching[1].location, "indicators \(matching.map(\.id).joined(separator: " and ")) both name Sotkanet indicator \(sotkanetID)",
                                             hint: "keep source.sotkanet_id: \(sotkanetID) in one of them"))
            return nil
        }
        if let indicator = matching.first {
            if let asID, asID != indicator.id {
                report.diagnostics.append(.error(.sotkanetIndicator, indicator.location, "Sotkanet indicator \(sotkanetID) is already imported as '\(indicator.id)', not '\(asID)'",
                                                 hint: "leave out --as, or move source.sotkanet_id: \(sotkanetID) to indicators/\(asID).yaml"))
                return nil
            }
            return Target(id: indicator.id, isNew: false, sotkanetID: sotkanetID, existingUpdated: indicator.source.updated)
        }
        let id = asID ?? "sotkanet-\(sotkanetID)"
        if let taken = plan.indicator(id) {
            report.diagnostics.append(.error(.sotkanetIndicator, taken.location, "indicator '\(id)' exists but does not name Sotkanet indicator \(sotkanetID)",
                                             hint: "write source: {name: THL Sotkanet, sotkanet_id: \(sotkanetID)} in it to import into it, or choose another id with --as"))
            return nil
        }
        guard input.metadata[sotkanetID] != nil else {
            report.diagnostics.append(.error(.sotkanetIndicator, firstRow.location, "Sotkanet indicator \(sotkanetID) is not in the plan yet and its metadata was not given",
                                             hint: "add the file of \(SotkanetClient.defaultBaseURL)/indicators/\(sotkanetID) to the command (it names the indicator), "
                                                 + "or write source: {name: THL Sotkanet, sotkanet_id: \(sotkanetID)} in the plan's indicator"))
            return nil
        }
        return Target(id: id, isNew: true, sotkanetID: sotkanetID, existingUpdated: nil)
    }

    /// The indicator's YAML to write: a new file, or the old one with the data's new date; nil when unchanged.
    private func indicatorFile(_ target: Target, metadata: SotkanetMetadata?, report: inout Report) -> (path: String, text: String)? {
        let path = "\(content)/indicators/\(target.id).yaml"
        if target.isNew, let metadata { return (path, IndicatorFile.new(metadata)) }
        guard let updated = metadata?.updated, updated != target.existingUpdated,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        guard let edited = IndicatorFile.settingUpdated(text, to: updated) else {
            report.diagnostics.append(.warning(.writeFailed, SourceLocation(path: path, line: 1, column: 1), "the data's date could not be written into the file",
                                               hint: "write it by hand: source: {name: THL Sotkanet, sotkanet_id: \(target.sotkanetID), updated: \(updated)}"))
            return nil
        }
        return (path, edited)
    }

    /// The region first, then welfare regions, municipalities and the country, each by id.
    private func areaRanks(_ plan: Plan) -> [String: Int] {
        let kinds: [Organization.Kind] = [.welfareRegion, .municipality, .country]
        let ordered = plan.organizations.sorted { a, b in
            func rank(_ o: Organization) -> Int { o.id == plan.site.region.id ? -1 : (kinds.firstIndex(of: o.kind) ?? kinds.count) }
            return (rank(a), a.id) < (rank(b), b.id)
        }
        return Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.id, $0) })
    }

    private func counts(_ merged: DataFileMerge.Outcome, missing: Int) -> String {
        if merged.added == 0 && merged.changed == 0 {
            return merged.unchanged == 0 ? "no rows for the plan's areas" : "no change (\(merged.unchanged) rows as they were)"
        }
        var parts = ["\(merged.added) row\(merged.added == 1 ? "" : "s") added", "\(merged.changed) changed", "\(merged.unchanged) unchanged"]
        if missing > 0 { parts.append("\(missing) without a value in Sotkanet (kept as gaps)") }
        return parts.joined(separator: ", ")
    }

    /// The rows of regions the plan does not have, counted by Sotkanet category (most first) with a few
    /// names: the rest of Finland is expected, one's own municipality among them is not.
    private func skippedLine(_ skipped: [Int: Int], _ matcher: RegionMatcher) -> String {
        let rows = skipped.values.reduce(0, +)
        var byCategory: [String: (rows: Int, regions: [Int])] = [:]
        for (id, count) in skipped {
            let category = matcher.category(of: id)
            byCategory[category, default: (0, [])].rows += count
            byCategory[category]!.regions.append(id)
        }
        let categories = byCategory.sorted { ($1.value.rows, $0.key) < ($0.value.rows, $1.key) }.map { category, entry in
            let names = entry.regions.sorted().prefix(3).map { id in matcher.region(id).map { "\($0.name) (\(id))" } ?? "region \(id)" }
            return "    \(category): \(entry.rows) row\(entry.rows == 1 ? "" : "s") (\(names.joined(separator: ", "))\(entry.regions.count > 3 ? ", …" : ""))"
        }
        return (["skipped \(rows) row\(rows == 1 ? "" : "s") of \(skipped.count) region\(skipped.count == 1 ? "" : "s") the plan does not know, by Sotkanet's category:"]
            + categories
            + [matcher.hasRegionList
                ? "  a municipality, welfare region or the country matches by its code, any organisation by sotkanet_id"
                : "  without Sotkanet's region list only sotkanet_id matches; add the file of \(SotkanetClient.defaultBaseURL)/regions to match by code"])
            .joined(separator: "\n")
    }

    /// Written beside and renamed over, so an interrupted import never leaves half a file.
    private func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).hyte-import")
        try Data(text.utf8).write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}
