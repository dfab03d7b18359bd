import Foundation
import PlanModel

/// Sotkanet's CSV export: `indicator;region;year;gender;primary value;absolute value`, one row per
/// region, year and gender, possibly with a byte order mark and CRLF line ends. A value may be empty
/// (missing) and written with a decimal comma or point.
enum SotkanetCSV {
    static let header = ["indicator", "region", "year", "gender", "primary value", "absolute value"]

    static func read(_ text: String, path: String, problems: inout [Diagnostic]) -> [SotkanetRow]? {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(Substring.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let headerLine = lines.first, !headerLine.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            problems.append(.error(.sotkanetFile, SourceLocation(path: path, line: 1, column: 1), "the file is empty",
                                   hint: "give a CSV or JSON file exported from Sotkanet"))
            return nil
        }
        let separator: Character = headerLine.contains(";") ? ";" : ","
        let names = fields(headerLine, separator).map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        var column: [String: Int] = [:]
        for (i, name) in names.enumerated() where column[name] == nil { column[name] = i }
        let missing = header.prefix(5).filter { column[$0] == nil }
        guard missing.isEmpty else {
            problems.append(.error(.sotkanetFile, SourceLocation(path: path, line: 1, column: 1),
                                   "not a Sotkanet CSV file: the header lacks \(missing.map { "'\($0)'" }.joined(separator: ", "))",
                                   hint: "Sotkanet's CSV starts with the line: \(header.joined(separator: ";"))"))
            return nil
        }
        var rows: [SotkanetRow] = []
        var errors = 0
        for (index, line) in lines.enumerated().dropFirst() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let lineNumber = index + 1
            let cells = fields(line, separator)
            func cell(_ name: String) -> (text: String, column: Int)? {
                guard let i = column[name], i < cells.count else { return nil }
                return (cells[i].text.trimmingCharacters(in: .whitespaces), cells[i].column)
            }
            func fail(_ name: String, _ message: String, hint: String) {
                errors += 1
                guard errors <= 100 else { return }
                problems.append(.error(.sotkanetRow, SourceLocation(path: path, line: lineNumber, column: cell(name)?.column ?? 1), message, hint: hint))
            }
            guard let indicator = cell("indicator").flatMap({ Int($0.text) }) else {
                fail("indicator", "the indicator is not a number", hint: "the first column is Sotkanet's indicator id"); continue
            }
            guard let region = cell("region").flatMap({ Int($0.text) }) else {
                fail("region", "the region is not a number", hint: "the second column is Sotkanet's region id"); continue
            }
            guard let year = cell("year").flatMap({ Int($0.text) }) else {
                fail("year", "the year is not a number", hint: "write the year as e.g. 2024"); continue
            }
            guard let gender = cell("gender")?.text, SotkanetRow.genders.contains(gender) else {
                fail("gender", "'\(cell("gender")?.text ?? "")' is not a gender Sotkanet uses", hint: "total, male or female"); continue
            }
            let value = cell("primary value")?.text ?? ""
            var number: Double?
            if !value.isEmpty {
                guard let parsed = Double(value.replacingOccurrences(of: ",", with: ".")) else {
                    fail("primary value", "'\(value)' is not a number", hint: "leave the value empty when it is missing"); continue
                }
                number = parsed
            }
            let absolute = cell("absolute value").flatMap { Double($0.text.replacingOccurrences(of: ",", with: ".")) }
            rows.append(SotkanetRow(indicator: indicator, region: region, year: year, gender: gender, value: number,
                                    absValue: absolute, location: SourceLocation(path: path, line: lineNumber, column: 1)))
        }
        if errors > 100 {
            problems.append(.error(.moreErrors, SourceLocation(path: path, line: 1, column: 1), "\(errors - 100) more rows with the same problems", hint: nil))
        }
        return rows
    }

    /// Splits a line at `separator` outside double quotes; each field with its 1-based column.
    static func fields(_ line: Substring, _ separator: Character) -> [(text: String, column: Int)] {
        var out: [(text: String, column: Int)] = []
        var current = ""
        var start = 1
        var column = 1
        var quoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\""); column += 1 } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { current.append(c) }
            } else if c == "\"" && current.isEmpty {
                quoted = true
            } else if c == separator {
                out.append((current, start))
                current = ""
                start = column + 1
            } else if c != "\r" {
                current.append(c)
            }
            column += 1
        }
        out.append((current, start))
        return out
    }
}
