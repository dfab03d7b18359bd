import Foundation

/// Merges imported observations into the text of `data/<id>.csv` so that a git diff shows only what
/// changed: unchanged rows keep their bytes, a changed value is rewritten in its own row, new rows go
/// next to their series (or in order at the end), rows the import does not name (other years, areas
/// kept by hand) stay as they are. The file's own separator, decimal mark and line ends are kept.
struct DataFileMerge {
    struct Observation: Equatable {
        var area: String
        var group: String
        var year: Int
        var value: Double?

        var key: Key { Key(area: area, group: group, year: year) }
    }

    struct Key: Hashable {
        var area: String
        var group: String
        var year: Int
    }

    struct Outcome {
        var text: String
        var added = 0
        var changed = 0
        var unchanged = 0
        /// Rows whose figure the import would empty: Sotkanet has no value where the file has one.
        var emptied: [Emptied] = []
    }

    struct Emptied: Equatable {
        /// The row's line in the existing file (1-based; the header is line 1).
        var line: Int
        var key: Key
        var previous: Double
    }

    /// `areaOrder` ranks areas for rows of an area the file does not have yet.
    static func merge(existing: String?, imported: [Observation], areaOrder: (String) -> Int) -> Outcome {
        var file = ExistingFile(existing ?? "")
        var outcome = Outcome(text: "")
        var byKey: [Key: Int] = [:]
        for (index, row) in file.rows.enumerated() {
            if let key = row.key { byKey[key] = index }
        }
        var fresh: [Observation] = []
        for observation in imported {
            if let index = byKey[observation.key] {
                if file.rows[index].value == observation.value {
                    outcome.unchanged += 1
                } else {
                    if observation.value == nil, let previous = file.rows[index].value {
                        outcome.emptied.append(Emptied(line: index + 2, key: observation.key, previous: previous))
                    }
                    file.rows[index].text = file.format(observation)
                    file.rows[index].value = observation.value
                    outcome.changed += 1
                }
            } else {
                fresh.append(observation)
            }
        }
        outcome.emptied.sort { $0.line < $1.line }
        outcome.added = fresh.count
        if fresh.contains(where: { $0.group != "total" }) { file.addGroupColumn() }
        // Each new row is placed after an existing row (its anchor), -1 meaning right after the header.
        let anchors = Anchors(file.rows)
        var placed: [Int: [(tier: Int, observation: Observation)]] = [:]
        for observation in fresh {
            let (index, tier) = anchors.anchor(for: observation)
            placed[index, default: []].append((tier, observation))
        }
        // Rows that continue a series come right after it, then new groups of its area, then new areas.
        func sorted(_ rows: [(tier: Int, observation: Observation)]?) -> [Observation] {
            (rows ?? []).sorted { $0.tier != $1.tier ? $0.tier < $1.tier : order($0.observation, $1.observation) }.map(\.observation)
        }
        func order(_ a: Observation, _ b: Observation) -> Bool {
            let (ra, rb) = (areaOrder(a.area), areaOrder(b.area))
            if ra != rb { return ra < rb }
            if a.area != b.area { return a.area < b.area }
            if a.group != b.group { return Self.groupRank(a.group) < Self.groupRank(b.group) }
            return a.year < b.year
        }
        var lines: [String] = [file.header]
        for observation in sorted(placed[-1]) { lines.append(file.format(observation)) }
        for (index, row) in file.rows.enumerated() {
            lines.append(row.text)
            for observation in sorted(placed[index]) { lines.append(file.format(observation)) }
        }
        outcome.text = lines.joined(separator: file.lineEnd) + file.lineEnd
        return outcome
    }

    /// total first, then the other groups by name, as pages show them.
    static func groupRank(_ group: String) -> String { group == "total" ? "" : group }

    /// Where new rows of each series go: after the last row of the series with an earlier year, before
    /// its first row, after the last row of its area, or at the end.
    private struct Anchors {
        var series: [String: [(year: Int, index: Int)]] = [:]
        var lastOfArea: [String: Int] = [:]
        var end: Int

        init(_ rows: [ExistingFile.Row]) {
            end = rows.count - 1
            for (index, row) in rows.enumerated() {
                guard let key = row.key else { continue }
                series[key.area + "\u{0}" + key.group, default: []].append((key.year, index))
                lastOfArea[key.area] = index
            }
        }

        /// The row to follow, and the new row's place among others there: 0 continues that row's series,
        /// 1 a new group of its area, 2 a new area, 3 goes last, just before the first row of its series.
        func anchor(for observation: Observation) -> (index: Int, tier: Int) {
            if let rows = series[observation.area + "\u{0}" + observation.group] {
                if let before = rows.last(where: { $0.year < observation.year }) { return (before.index, 0) }
                return (rows.map(\.index).min()! - 1, 3)
            }
            if let last = lastOfArea[observation.area] { return (last, 1) }
            return (end, 2)
        }
    }
}

/// The existing data file as lines: the header and every other line with what it holds.
struct ExistingFile {
    struct Row {
        var text: String
        var key: DataFileMerge.Key?
        var value: Double?
    }

    var header: String
    var rows: [Row] = []
    var lineEnd = "\n"
    var separator: Character = ","
    private var columns: [String] = ["area", "year", "value", "group"]

    init(_ text: String) {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        if body.contains("\r\n") { lineEnd = "\r\n" }
        var lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first, !first.trimmingCharacters(in: .whitespaces).isEmpty else {
            header = "area,year,value,group"
            return
        }
        header = text.hasPrefix("\u{FEFF}") ? "\u{FEFF}" + first : first
        separator = first.contains(";") ? ";" : ","
        columns = SotkanetCSV.fields(Substring(first), separator).map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        for line in lines.dropFirst() { rows.append(parse(line)) }
    }

    private func parse(_ line: String) -> Row {
        let fields = SotkanetCSV.fields(Substring(line), separator).map { $0.text.trimmingCharacters(in: .whitespaces) }
        func field(_ name: String) -> String? {
            guard let i = columns.firstIndex(of: name), i < fields.count else { return nil }
            return fields[i]
        }
        guard let area = field("area"), !area.isEmpty, let year = field("year").flatMap({ Int($0) }) else { return Row(text: line) }
        let group = field("group").flatMap { $0.isEmpty ? nil : $0 } ?? "total"
        let valueText = field("value") ?? ""
        let value = valueText.isEmpty ? nil : Double(separator == ";" ? valueText.replacingOccurrences(of: ",", with: ".") : valueText)
        return Row(text: line, key: .init(area: area, group: group, year: year), value: value)
    }

    /// A row written as the file writes its rows: its columns, separator and decimal mark.
    func format(_ observation: DataFileMerge.Observation) -> String {
        columns.map { column -> String in
            switch column {
            case "area": return observation.area
            case "year": return String(observation.year)
            case "group": return observation.group
            case "value":
                guard let value = observation.value else { return "" }
                let text = Self.number(value)
                return separator == ";" ? text.replacingOccurrences(of: ".", with: ",") : text
            default: return ""
            }
        }.joined(separator: String(separator))
    }

    /// A file without a group column gets one when male or female rows arrive; its rows are `total`.
    mutating func addGroupColumn() {
        guard !columns.contains("group") else { return }
        columns.append("group")
        header += String(separator) + "group"
        for i in rows.indices where rows[i].key != nil { rows[i].text += String(separator) + "total" }
    }

    /// The shortest text that reads back as the same number, never in exponent form.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let text = "\(value)"
        guard text.contains("e") else { return text }
        var fixed = String(format: "%.12f", value)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        return fixed
    }
}
