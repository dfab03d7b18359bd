import Foundation
import PlanModel

/// Reads `data/<id>.csv`: long format `area,year,value[,group]`, comma-separated, or
/// semicolon-separated with decimal commas as a spreadsheet in Finnish locale saves it.
struct ObservationCSV {
    var observations: [Observation] = []
    /// The first row naming each area, for reporting unknown areas once at a useful place.
    var areaReferences: [Reference] = []

    static let columns = ["area", "year", "value", "group"]

    init(text: String, path: String, sink: DiagnosticSink) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailingCR }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let header = lines.first, !header.trimmingCharacters(in: .whitespaces).isEmpty else {
            sink.error(SourceLocation(path: path, line: 1, column: 1), "the data file has no header row",
                       hint: "start the file with the line: area,year,value,group")
            return
        }
        let separator: Character = header.contains(";") ? ";" : ","
        let names = Self.fields(header, separator).map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [String: Int] = [:]
        for (i, field) in Self.fields(header, separator).enumerated() {
            let name = names[i]
            if !Self.columns.contains(name) {
                sink.error(SourceLocation(path: path, line: 1, column: field.column), "unknown column '\(field.text)'",
                           hint: Suggestion.hint(for: name, in: Self.columns))
            } else if index[name] != nil {
                sink.error(SourceLocation(path: path, line: 1, column: field.column), "the column '\(name)' is named twice")
            } else {
                index[name] = i
            }
        }
        for required in ["area", "year", "value"] where index[required] == nil {
            sink.error(SourceLocation(path: path, line: 1, column: 1), "the header has no '\(required)' column",
                       hint: "the header should be: area\(separator)year\(separator)value\(separator)group")
        }
        guard let areaColumn = index["area"], let yearColumn = index["year"], let valueColumn = index["value"] else { return }
        var seen: [String: Int] = [:]
        var seenAreas: Set<String> = []
        for (offset, line) in lines.enumerated().dropFirst() {
            let lineNumber = offset + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = Self.fields(line, separator)
            func field(_ i: Int) -> (text: String, column: Int) {
                i < fields.count ? (fields[i].text.trimmedSpaces, fields[i].column)
                    : ("", line.count + 1)
            }
            let area = field(areaColumn)
            let year = field(yearColumn)
            let value = field(valueColumn)
            let group: (text: String, column: Int) = index["group"].map(field) ?? ("", 1)
            func at(_ column: Int) -> SourceLocation { SourceLocation(path: path, line: lineNumber, column: column) }
            if fields.count > names.count {
                sink.error(at(fields[names.count].column), "this row has \(fields.count) fields, the header \(names.count)",
                           hint: separator == ";" ? nil : "a value with a comma needs quotes, or save the file with ';' separators")
                continue
            }
            guard Identifier.isValid(area.text) else {
                sink.error(at(area.column), area.text.isEmpty ? "the area is empty" : "'\(area.text)' is not an organisation id",
                           hint: "write the id of an organisation in organizations/")
                continue
            }
            guard let yearValue = Int(year.text), (1900...2100).contains(yearValue) else {
                sink.error(at(year.column), "'\(year.text)' is not a year", hint: "write the year as four digits, e.g. 2024")
                continue
            }
            var number: Double?
            if !value.text.isEmpty {
                let normalized = separator == ";" ? value.text.replacingOccurrences(of: ",", with: ".") : value.text
                guard let parsed = Double(normalized.replacingOccurrences(of: " ", with: "")), parsed.isFinite else {
                    sink.error(at(value.column), "cannot read '\(value.text)' as a number",
                               hint: separator == ";" ? "write a number such as 12,4, or leave the value empty when it is missing"
                                   : "write a number such as 12.4, or leave the value empty when it is missing")
                    continue
                }
                number = parsed
            }
            let groupName = group.text.isEmpty ? Observation.totalGroup : group.text
            let key = "\(area.text)|\(yearValue)|\(groupName)"
            if let first = seen[key] {
                sink.error(at(1), "a second row for \(area.text), \(yearValue), \(groupName)", hint: "the first is on line \(first); keep one")
                continue
            }
            seen[key] = lineNumber
            if seenAreas.insert(area.text).inserted {
                areaReferences.append(Reference(area.text, at: at(area.column)))
            }
            observations.append(Observation(area: area.text, year: yearValue, value: number, group: groupName, line: lineNumber))
        }
        observations.sort { ($0.area, $0.group, $0.year) < ($1.area, $1.group, $1.year) }
    }

    /// Splits a row, honouring double quotes; columns are 1-based character positions.
    static func fields(_ line: Substring, _ separator: Character) -> [(text: String, column: Int)] {
        var result: [(String, Int)] = []
        var current = ""
        var start = 1
        var column = 0
        var quoted = false
        var previousWasQuote = false
        for character in line {
            column += 1
            if quoted {
                if character == "\"" { quoted = false; previousWasQuote = true; continue }
                current.append(character)
            } else if character == "\"" {
                if previousWasQuote { current.append("\"") }
                quoted = true
            } else if character == separator {
                result.append((current, start))
                current = ""
                start = column + 1
            } else {
                current.append(character)
            }
            previousWasQuote = false
        }
        result.append((current, start))
        return result
    }
}

extension String {
    /// Spaces and tabs trimmed without Foundation's CharacterSet machinery (hot in large CSV files).
    var trimmedSpaces: String {
        guard first == " " || first == "\t" || last == " " || last == "\t" else { return self }
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    var trimmingTrailingCR: Substring { last == "\r" ? dropLast() : self }
}
