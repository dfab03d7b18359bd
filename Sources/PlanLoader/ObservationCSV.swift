import Foundation
import PlanModel

/// Reads `data/<id>.csv`: long format `area,year,value[,group]`, comma-separated, or
/// semicolon-separated with decimal commas as a spreadsheet in Finnish locale saves it.
///
/// Works on UTF-8 bytes: a data file may have a million rows, and walking them as `Character`s
/// took seconds. Only the separators, quotes, spaces and digits it looks for are ASCII, so byte
/// positions map to the same fields; columns in messages are still counted in characters.
struct ObservationCSV {
    var observations: [Observation] = []
    /// The first row naming each area, for reporting unknown areas once at a useful place.
    var areaReferences: [Reference] = []

    static let columns = ["area", "year", "value", "group"]

    init(text: String, path: String, sink: DiagnosticSink) {
        var text = text
        (observations, areaReferences) = text.withUTF8 { Reader(path: path, sink: sink).read($0) }
    }
}

private let quote = UInt8(ascii: "\""), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")

/// One pass over the rows; strings for areas and groups are made once per distinct value.
private struct Reader {
    let path: String
    let sink: DiagnosticSink

    /// A row that passed every check, before duplicates are looked for.
    struct Row {
        var area: Int32
        var group: Int32
        var year: Int32
        var line: Int
        var value: Double?
    }

    func read(_ text: UnsafeBufferPointer<UInt8>) -> ([Observation], [Reference]) {
        var errors = ErrorList(sink: sink)
        defer { errors.finish() }
        var lines = Lines(text)
        var header = lines.next()!
        if header.starts(with: [0xEF, 0xBB, 0xBF]) { header = UnsafeBufferPointer(rebasing: header[3...]) }
        guard !String(decoding: header, as: UTF8.self).trimmingCharacters(in: .whitespaces).isEmpty else {
            sink.error(.dataHeader, SourceLocation(path: path, line: 1, column: 1), "the data file has no header row",
                       hint: "start the file with the line: area,year,value,group")
            return ([], [])
        }
        let separator = header.contains(UInt8(ascii: ";")) ? UInt8(ascii: ";") : UInt8(ascii: ",")
        let separatorText = String(UnicodeScalar(separator))
        let fields = Fields()
        fields.split(header, separator)
        let columns = Columns(header)
        var index: [String: Int] = [:]
        for i in 0..<fields.count {
            let text = String(decoding: fields[i], as: UTF8.self)
            let name = text.trimmingCharacters(in: .whitespaces).lowercased()
            let location = SourceLocation(path: path, line: 1, column: columns.column(atByte: fields.start(i)))
            if !ObservationCSV.columns.contains(name) {
                errors.report(.dataHeader, location, "unknown column '\(text)'", hint: Suggestion.hint(for: name, in: ObservationCSV.columns))
            } else if index[name] != nil {
                errors.report(.dataHeader, location, "the column '\(name)' is named twice", hint: nil)
            } else {
                index[name] = i
            }
        }
        for required in ["area", "year", "value"] where index[required] == nil {
            sink.error(.dataHeader, SourceLocation(path: path, line: 1, column: 1), "the header has no '\(required)' column",
                       hint: "the header should be: area\(separatorText)year\(separatorText)value\(separatorText)group")
        }
        guard let areaColumn = index["area"], let yearColumn = index["year"], let valueColumn = index["value"] else { return ([], []) }
        let names = fields.count

        var strings = Strings()
        var rows: [Row] = []
        var areaReferences: [Reference] = []
        var seenAreas: Set<Int32> = []
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            if Self.isBlank(line) { continue }
            fields.split(line, separator)
            func at(byte: Int) -> SourceLocation {
                SourceLocation(path: path, line: lineNumber, column: Columns(line).column(atByte: byte))
            }
            // A missing field reads as empty, placed just after the line's end.
            func field(_ i: Int) -> (bytes: UnsafeBufferPointer<UInt8>, byte: Int) {
                i < fields.count ? (Self.trimmed(fields[i]), fields.start(i)) : (UnsafeBufferPointer(start: nil, count: 0), line.count)
            }
            if fields.count > names {
                errors.report(.dataRow, at(byte: fields.start(names)), "this row has \(fields.count) fields, the header \(names)",
                                 hint: separator == UInt8(ascii: ";") ? nil : "a value with a comma needs quotes, or save the file with ';' separators")
                continue
            }
            let area = field(areaColumn)
            guard Self.isIdentifier(area.bytes) else {
                let text = String(decoding: area.bytes, as: UTF8.self)
                errors.report(.dataRow, at(byte: area.byte), text.isEmpty ? "the area is empty" : "'\(text)' is not an organisation id",
                                 hint: "write the id of an organisation in organizations/")
                continue
            }
            let year = field(yearColumn)
            guard let yearValue = Self.integer(year.bytes), (1900...2100).contains(yearValue) else {
                errors.report(.dataRow, at(byte: year.byte), "'\(String(decoding: year.bytes, as: UTF8.self))' is not a year",
                                 hint: "write the year as four digits, e.g. 2024")
                continue
            }
            let value = field(valueColumn)
            var number: Double?
            if !value.bytes.isEmpty {
                guard let parsed = Self.number(value.bytes, decimalComma: separator == UInt8(ascii: ";")) else {
                    errors.report(.dataRow, at(byte: value.byte), "cannot read '\(String(decoding: value.bytes, as: UTF8.self))' as a number",
                                     hint: separator == UInt8(ascii: ";") ? "write a number such as 12,4, or leave the value empty when it is missing"
                                         : "write a number such as 12.4, or leave the value empty when it is missing")
                    continue
                }
                number = parsed
            }
            let areaID = strings.id(area.bytes)
            let groupBytes = index["group"].map { field($0).bytes } ?? UnsafeBufferPointer(start: nil, count: 0)
            let groupID = groupBytes.isEmpty ? strings.id(Observation.totalGroup) : strings.id(groupBytes)
            if seenAreas.insert(areaID).inserted {
                areaReferences.append(Reference(strings[areaID], at: at(byte: area.byte)))
            }
            rows.append(Row(area: areaID, group: groupID, year: Int32(yearValue), line: lineNumber, value: number))
        }
        return (observations(&rows, strings, &errors), areaReferences)
    }

    /// Sorted by area, group and year; a second row for the same three is reported against the first.
    /// Sorting finds duplicates without a dictionary of a million keys.
    private func observations(_ rows: inout [Row], _ strings: Strings, _ errors: inout ErrorList) -> [Observation] {
        // Ids replaced by their place in String order, so the sort compares integers only.
        let rank = strings.ranks()
        for i in rows.indices {
            rows[i].area = rank[Int(rows[i].area)]
            rows[i].group = rank[Int(rows[i].group)]
        }
        rows.sort { a, b in
            if a.area != b.area { return a.area < b.area }
            if a.group != b.group { return a.group < b.group }
            if a.year != b.year { return a.year < b.year }
            return a.line < b.line
        }
        let byRank = strings.byRank(rank)
        var result: [Observation] = []
        result.reserveCapacity(rows.count)
        var first: Row?
        for row in rows {
            if let first, first.area == row.area, first.group == row.group, first.year == row.year {
                errors.report(.duplicateEntry, SourceLocation(path: path, line: row.line, column: 1),
                                 "a second row for \(byRank[Int(row.area)]), \(row.year), \(byRank[Int(row.group)])",
                                 hint: "the first is on line \(first.line); keep one")
                continue
            }
            first = row
            result.append(Observation(area: byRank[Int(row.area)], year: Int(row.year), value: row.value,
                                      group: byRank[Int(row.group)], line: row.line))
        }
        return result
    }

    // MARK: Fields

    /// Only spaces and tabs: `Character`-free trimming, hot in large files.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == space || bytes[start] == tab { start += 1 }
        while end > start, bytes[end - 1] == space || bytes[end - 1] == tab { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// Blank as `CharacterSet.whitespaces` sees it; only a line with non-ASCII bytes needs the String.
    static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var ascii = true
        for byte in line {
            if byte >= 0x80 { ascii = false } else if byte != space && byte != tab { return false }
        }
        return ascii || String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// `Identifier.isValid` on bytes: a–z first, then a–z, 0–9 and '-'.
    static func isIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first >= 0x61, first <= 0x7A else { return false }
        return bytes.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// As `Int(String)` reads it (a sign, then digits), for the range of years; nil when it is not a number.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        var negative = false
        if bytes.count > 0, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
            negative = bytes[0] == UInt8(ascii: "-")
            i = 1
        }
        guard i < bytes.count else { return nil }
        var value = 0
        while i < bytes.count {
            let byte = bytes[i]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = min(value * 10 + Int(byte - 0x30), 1_000_000)  // past any year; cannot overflow
            i += 1
        }
        return negative ? -value : value
    }

    /// Spaces (thousands) dropped; with semicolon separators a decimal comma is read as a point.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, decimalComma: Bool) -> Double? {
        var normalized: [UInt8] = []
        normalized.reserveCapacity(bytes.count)
        for byte in bytes where byte != space {
            normalized.append(decimalComma && byte == UInt8(ascii: ",") ? UInt8(ascii: ".") : byte)
        }
        guard let value = Double(String(decoding: normalized, as: UTF8.self)), value.isFinite else { return nil }
        return value
    }
}

/// Errors of a file, the first hundred by line listed: a file saved with the wrong separator or
/// decimal mark has an error on every row, and a million lines of them help nobody.
private struct ErrorList {
    static let listed = 100
    let sink: DiagnosticSink
    /// The errors with the smallest lines so far (duplicates are found in sorted order, not by line),
    /// and which of them is last.
    private var kept: [Diagnostic] = []
    private var last = 0
    private var unlisted = 0
    private var firstUnlisted: SourceLocation?

    init(sink: DiagnosticSink) { self.sink = sink }

    mutating func report(_ id: DiagnosticID, _ location: SourceLocation, _ message: String, hint: String?) {
        var diagnostic = Diagnostic.error(id, location, message, hint: hint)
        guard kept.count == Self.listed else {
            kept.append(diagnostic)
            if Self.before(location, kept[last].location) == false { last = kept.count - 1 }
            return
        }
        if Self.before(location, kept[last].location) {
            swap(&diagnostic, &kept[last])
            last = kept.indices.max { Self.before(kept[$0].location, kept[$1].location) }!
        }
        unlisted += 1
        if firstUnlisted.map({ Self.before(diagnostic.location, $0) }) ?? true { firstUnlisted = diagnostic.location ?? location }
    }

    /// Within one file: by line, then column.
    private static func before(_ a: SourceLocation?, _ b: SourceLocation?) -> Bool {
        guard let a, let b else { return a != nil }
        return a.line != b.line ? a.line < b.line : a.column < b.column
    }

    func finish() {
        kept.forEach(sink.add)
        guard let firstUnlisted else { return }
        sink.error(.moreErrors, firstUnlisted, "\(unlisted) more errors in this file are not listed",
                   hint: "fix the first ones: a wrong separator or decimal mark often breaks every row")
    }
}

/// The lines of a text, without their `\n` (and a CR before it).
private struct Lines {
    let text: UnsafeBufferPointer<UInt8>
    var position = 0
    var finished = false

    init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

    mutating func next() -> UnsafeBufferPointer<UInt8>? {
        guard !finished else { return nil }
        let start = position
        while position < text.count, text[position] != 10 { position += 1 }
        var end = position
        if position == text.count { finished = true } else { position += 1 }
        if end > start, text[end - 1] == 13 { end -= 1 }
        return UnsafeBufferPointer(rebasing: text[start..<end])
    }
}

/// The fields of one row, unquoted into one buffer reused for every row (a field is never longer
/// than its row, so the buffer grows to the longest row and no further).
private final class Fields {
    private var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 256)
    /// Per field: its end in `buffer` and its first byte in the row.
    private var ends: [Int] = []
    private var starts: [Int] = []

    deinit { buffer.deallocate() }

    var count: Int { ends.count }

    func start(_ i: Int) -> Int { starts[i] }

    /// Valid until the next `split`.
    subscript(i: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[(i == 0 ? 0 : ends[i - 1])..<ends[i]])
    }

    /// Double quotes protect separators; `""` right after a closing quote is a quote character.
    func split(_ line: UnsafeBufferPointer<UInt8>, _ separator: UInt8) {
        if line.count > buffer.count {
            buffer.deallocate()
            buffer = .allocate(capacity: line.count)
        }
        // Locals in the loop: stored properties of a class are checked for exclusive access on every use.
        let out = buffer
        var used = 0
        var ends = self.ends, starts = self.starts
        self.ends = []
        self.starts = []
        ends.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        starts.append(0)
        var quoted = false
        var previousWasQuote = false
        for i in 0..<line.count {
            let byte = line[i]
            if quoted {
                if byte == quote { quoted = false; previousWasQuote = true; continue }
                out[used] = byte
                used += 1
            } else if byte == quote {
                if previousWasQuote { out[used] = quote; used += 1 }
                quoted = true
            } else if byte == separator {
                ends.append(used)
                starts.append(i + 1)
            } else {
                out[used] = byte
                used += 1
            }
            previousWasQuote = false
        }
        ends.append(used)
        self.ends = ends
        self.starts = starts
    }
}

/// Byte offsets in a line to 1-based character columns, as editors show them.
private struct Columns {
    /// The byte offset at which each character starts, built only for a line with non-ASCII text.
    private let characterStarts: [Int]?

    init(_ line: UnsafeBufferPointer<UInt8>) {
        guard line.contains(where: { $0 >= 0x80 }) else { characterStarts = nil; return }
        let text = String(decoding: line, as: UTF8.self)
        characterStarts = text.indices.map { text.utf8.distance(from: text.startIndex, to: $0) }
    }

    func column(atByte byte: Int) -> Int {
        guard let characterStarts else { return byte + 1 }
        // Characters starting before the byte, plus one.
        var low = 0, high = characterStarts.count
        while low < high {
            let mid = (low + high) / 2
            if characterStarts[mid] < byte { low = mid + 1 } else { high = mid }
        }
        return low + 1
    }
}

/// Each distinct area and group as one shared String, numbered.
private struct Strings {
    private var ids: [[UInt8]: Int32] = [:]
    private var values: [String] = []
    /// The last few looked up: rows repeat their area and group, and a hit needs no key array.
    private var recent: [(bytes: [UInt8], id: Int32)] = []

    subscript(id: Int32) -> String { values[Int(id)] }

    mutating func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        for entry in recent where entry.bytes.count == bytes.count {
            let same = entry.bytes.withUnsafeBufferPointer { bytes.count == 0 || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
            if same { return entry.id }
        }
        let key = Array(bytes)
        let id: Int32
        if let known = ids[key] {
            id = known
        } else {
            id = Int32(values.count)
            ids[key] = id
            values.append(String(decoding: bytes, as: UTF8.self))
        }
        if recent.count == 4 { recent.removeFirst() }
        recent.append((key, id))
        return id
    }

    mutating func id(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { id($0) }
    }

    /// The place of each string in String order, by id.
    func ranks() -> [Int32] {
        var rank = [Int32](repeating: 0, count: values.count)
        for (place, id) in values.indices.sorted(by: { values[$0] < values[$1] }).enumerated() { rank[id] = Int32(place) }
        return rank
    }

    /// The strings indexed by their rank.
    func byRank(_ rank: [Int32]) -> [String] {
        var result = values
        for (id, place) in rank.enumerated() { result[Int(place)] = values[id] }
        return result
    }
}
