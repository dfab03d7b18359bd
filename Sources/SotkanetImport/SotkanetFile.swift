import Foundation
import PlanModel

/// One file exported from Sotkanet, recognised by its content: data rows (JSON or CSV), an indicator's
/// metadata (JSON) or the region list (JSON).
public enum SotkanetFile: Sendable {
    case data([SotkanetRow])
    case metadata(SotkanetMetadata)
    case regions([SotkanetRegion])

    /// Reads `text` exported from Sotkanet; problems go to `problems` with the file's line and column.
    public static func read(_ text: String, path: String, problems: inout [Diagnostic]) -> SotkanetFile? {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        let first = body.first { !$0.isWhitespace }
        guard first == "[" || first == "{" else { return SotkanetCSV.read(text, path: path, problems: &problems).map(SotkanetFile.data) }
        let root: JSONNode
        do {
            root = try JSONReader.parse(text)
        } catch {
            problems.append(.error(.sotkanetFile, SourceLocation(path: path, line: error.line, column: error.column), "not valid JSON: \(error.message)",
                                   hint: "export the file from Sotkanet again, or download it from \(SotkanetClient.defaultBaseURL)/json?indicator=…"))
            return nil
        }
        return SotkanetJSON(path: path).read(root, problems: &problems)
    }
}

/// The JSON shapes of Sotkanet's REST API 1.1.
struct SotkanetJSON {
    let path: String

    func location(_ node: JSONNode) -> SourceLocation { SourceLocation(path: path, line: node.line, column: node.column) }

    func read(_ root: JSONNode, problems: inout [Diagnostic]) -> SotkanetFile? {
        switch root.value {
        case .object:
            guard root["id"] != nil, root["title"] != nil || root["range"] != nil else {
                problems.append(.error(.sotkanetFile, location(root), "this JSON object is not an indicator's metadata from Sotkanet",
                                       hint: "give the data rows (…/json?indicator=ID…), the indicator (…/indicators/ID) or the regions (…/regions) as exported"))
                return nil
            }
            return metadata(root, problems: &problems).map(SotkanetFile.metadata)
        case .array(let items):
            guard let first = items.first else { return .data([]) }
            if first["indicator"] != nil || first["year"] != nil { return .data(rows(items, problems: &problems)) }
            if first["category"] != nil || first["code"] != nil { return .regions(regions(items, problems: &problems)) }
            problems.append(.error(.sotkanetFile, location(first), "this JSON list is neither Sotkanet data rows nor its regions",
                                   hint: "data rows have indicator, region, year, gender and value; regions have id, code, category and title"))
            return nil
        default:
            problems.append(.error(.sotkanetFile, location(root), "expected a JSON list or object exported from Sotkanet", hint: nil))
            return nil
        }
    }

    func rows(_ items: [JSONNode], problems: inout [Diagnostic]) -> [SotkanetRow] {
        // Sotkanet leaves `value` out of a row it has no figure for, so one row without it is a gap;
        // a file where no row has it is some other shape, and reading it would blank the plan's figures.
        guard items.contains(where: { $0["value"] != nil }) else {
            let keys = Set(items.prefix(1000).flatMap { $0.keys }).sorted()
            problems.append(.error(.sotkanetFile, location(items[0]), "no row of this file has a 'value' field: it has "
                                   + (keys.isEmpty ? "no fields" : keys.map { "'\($0)'" }.joined(separator: ", ")),
                                   hint: "Sotkanet's data rows carry the figure as 'value'; export the file again from "
                                       + "\(SotkanetClient.defaultBaseURL)/json?indicator=…, or give the CSV export"))
            return []
        }
        var rows: [SotkanetRow] = []
        rows.reserveCapacity(items.count)
        var errors = 0
        for item in items {
            func need(_ key: String) -> JSONNode? {
                guard let node = item[key], !node.isNull else {
                    errors += 1
                    if errors <= 100 {
                        problems.append(.error(.sotkanetRow, location(item), "a data row without '\(key)'",
                                               hint: "every row has indicator, region, year and gender; export the file again"))
                    }
                    return nil
                }
                return node
            }
            guard let indicatorNode = need("indicator"), let regionNode = need("region"), let yearNode = need("year"),
                  let genderNode = need("gender") else { continue }
            guard let indicator = indicatorNode.int, let region = regionNode.int, let year = yearNode.int,
                  let gender = genderNode.string, SotkanetRow.genders.contains(gender) else {
                errors += 1
                if errors <= 100 {
                    problems.append(.error(.sotkanetRow, location(item), "a data row with a wrong indicator, region, year or gender",
                                           hint: "indicator, region and year are whole numbers, gender is total, male or female"))
                }
                continue
            }
            var value: Double?
            if let node = item["value"], !node.isNull {
                guard let number = node.double else {
                    problems.append(.error(.sotkanetRow, location(node), "'\(node.string ?? "")' is not a number", hint: "a value is a number, or null when missing"))
                    continue
                }
                value = number
            }
            rows.append(SotkanetRow(indicator: indicator, region: region, year: year, gender: gender, value: value,
                                    absValue: item["absValue"]?.double, location: location(item)))
        }
        if errors > 100 {
            problems.append(.error(.moreErrors, SourceLocation(path: path, line: 1, column: 1), "\(errors - 100) more rows with the same problems", hint: nil))
        }
        return rows
    }

    func metadata(_ root: JSONNode, problems: inout [Diagnostic]) -> SotkanetMetadata? {
        guard let id = root["id"]?.int else {
            problems.append(.error(.sotkanetFile, location(root), "the indicator's metadata has no id", hint: "export …/indicators/ID again"))
            return nil
        }
        var range: ClosedRange<Int>?
        if let start = root["range"]?["start"]?.int, let end = root["range"]?["end"]?.int, start <= end { range = start...end }
        var updated: Day?
        if let node = root["data-updated"], let text = node.string {
            // Sotkanet writes the date as 2024-03-11; a time after it, if ever, is not part of the citation.
            updated = Day(iso: String(text.prefix(10)))
            if updated == nil {
                problems.append(.warning(.invalidDate, location(node), "'\(text)' is not a date; the data's date is left as it was",
                                         hint: "Sotkanet writes data-updated as YYYY-MM-DD"))
            }
        }
        return SotkanetMetadata(id: id, title: root["title"]?.texts ?? [:], description: root["description"]?.texts ?? [:],
                                valueType: root["primaryValueType"]?["title"]?.texts ?? [:],
                                decimals: root["decimals"]?.int, range: range, updated: updated)
    }

    func regions(_ items: [JSONNode], problems: inout [Diagnostic]) -> [SotkanetRegion] {
        items.compactMap { item in
            guard let id = item["id"]?.int else {
                problems.append(.error(.sotkanetFile, location(item), "a region without a numeric id", hint: "export …/regions again"))
                return nil
            }
            return SotkanetRegion(id: id, code: item["code"]?.string, category: item["category"]?.string, title: item["title"]?.texts ?? [:])
        }
    }
}
