import Foundation
import PlanModel

/// One edit of a file's bytes. Positions are taken modulo the current length, so any list of
/// mutations applies to any text, and dropping one (shrinking) still gives a valid case.
/// `description` is Swift source: a failing case can be pasted into a regression test as it is.
enum ContentMutation: CustomStringConvertible, Sendable, Hashable {
    case insert([UInt8], at: Int)
    case delete(at: Int, count: Int)
    case duplicateLine(Int)
    case swapLines(Int, Int)
    case truncate(at: Int)
    /// The text after `key: ` on a line that has one, replaced by a value of some other type.
    case replaceValue(line: Int, with: String)
    case lineEnds(CRLF)
    /// A line of `length` repetitions of `unit`, inserted before a line.
    case longLine(line: Int, unit: String, length: Int)
    case nesting(line: Int, Nesting, depth: Int)
    /// A billion-laughs alias bomb: `levels` anchors, each a list of `width` aliases of the previous one.
    case aliasBomb(line: Int, levels: Int, width: Int, use: BombUse)
    /// A fenced block (`chart`, `table` or another info) holding `yaml`, each line after `prefix`
    /// (indentation, a list item's or a quote's marker).
    case block(line: Int, prefix: String, info: String, yaml: String)

    enum CRLF: String, Sendable, Hashable { case windows, oldMac }
    enum Nesting: String, Sendable, Hashable, CaseIterable { case flowList, flowMap, blockList, blockMap, markdownQuote }
    enum BombUse: String, Sendable, Hashable, CaseIterable { case value, key, listItem, mergeKey }

    func apply(to text: inout [UInt8]) {
        switch self {
        case .insert(let bytes, let at):
            text.insert(contentsOf: bytes, at: at % (text.count + 1))
        case .delete(let at, let count):
            guard !text.isEmpty else { return }
            let start = at % text.count
            text.removeSubrange(start..<min(text.count, start + count))
        case .duplicateLine(let n):
            var lines = Self.lines(text)
            let i = n % lines.count
            lines.insert(lines[i], at: i)
            text = Self.join(lines)
        case .swapLines(let a, let b):
            var lines = Self.lines(text)
            lines.swapAt(a % lines.count, b % lines.count)
            text = Self.join(lines)
        case .truncate(let at):
            text.removeSubrange((at % (text.count + 1))...)
        case .replaceValue(let n, let value):
            var lines = Self.lines(text)
            let candidates = lines.indices.filter { lines[$0].firstRange(of: Array(": ".utf8)) != nil }
            guard !candidates.isEmpty else { return }
            let i = candidates[n % candidates.count]
            let colon = lines[i].firstRange(of: Array(": ".utf8))!
            lines[i] = Array(lines[i][..<colon.upperBound]) + Array(value.utf8)
            text = Self.join(lines)
        case .lineEnds(let style):
            let end: [UInt8] = style == .windows ? [13, 10] : [13]
            text = Array(text.split(separator: 10, omittingEmptySubsequences: false).map(Array.init).joined(separator: end))
        case .longLine(let n, let unit, let length):
            insertLine(String(repeating: unit, count: length), before: n, in: &text)
        case .nesting(let n, let style, let depth):
            insertLine(Self.nested(style, depth: depth), before: n, in: &text)
        case .aliasBomb(let n, let levels, let width, let use):
            insertLine(Self.bomb(levels: levels, width: width, use: use), before: n, in: &text)
        case .block(let n, let prefix, let info, let yaml):
            let lines = ["```" + info] + yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + ["```"]
            insertLine(lines.map { prefix + $0 }.joined(separator: "\n"), before: n, in: &text)
        }
    }

    private func insertLine(_ line: String, before n: Int, in text: inout [UInt8]) {
        var lines = Self.lines(text)
        lines.insert(Array(line.utf8), at: n % (lines.count + 1))
        text = Self.join(lines)
    }

    static func lines(_ text: [UInt8]) -> [[UInt8]] {
        text.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
    }

    static func join(_ lines: [[UInt8]]) -> [UInt8] { Array(lines.joined(separator: [10])) }

    static func nested(_ style: Nesting, depth: Int) -> String {
        switch style {
        case .flowList: return "deep: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        case .flowMap: return "deep: " + String(repeating: "{a: ", count: depth) + "x" + String(repeating: "}", count: depth)
        case .blockList: return (0..<depth).map { String(repeating: " ", count: $0) + "-" }.joined(separator: "\n") + " x"
        case .blockMap: return (0..<depth).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x"
        case .markdownQuote: return String(repeating: "> ", count: depth) + "lainaus"
        }
    }

    /// Each level names `width` aliases of the one before: `levels` levels expand to width^levels nodes.
    static func bomb(levels: Int, width: Int, use: BombUse) -> String {
        var lines = ["l0: &l0 [" + Array(repeating: "lol", count: width).joined(separator: ", ") + "]"]
        for level in 1..<max(2, levels) {
            lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: width).joined(separator: ", ") + "]")
        }
        let top = "*l\(max(2, levels) - 1)"
        switch use {
        case .value: lines.append("title: \(top)")
        case .key: lines.append("? \(top)\n: x")
        case .listItem: lines.append("goals: [\(top), \(top)]")
        case .mergeKey: lines.append("merged: {<<: \(top), x: 1}")
        }
        return lines.joined(separator: "\n")
    }

    var description: String {
        switch self {
        case .insert(let bytes, let at): return ".insert(\(Self.literal(bytes)), at: \(at))"
        case .delete(let at, let count): return ".delete(at: \(at), count: \(count))"
        case .duplicateLine(let n): return ".duplicateLine(\(n))"
        case .swapLines(let a, let b): return ".swapLines(\(a), \(b))"
        case .truncate(let at): return ".truncate(at: \(at))"
        case .replaceValue(let line, let value): return ".replaceValue(line: \(line), with: \(Self.literal(Array(value.utf8))))"
        case .lineEnds(let style): return ".lineEnds(.\(style.rawValue))"
        case .longLine(let line, let unit, let length): return ".longLine(line: \(line), unit: \(Self.literal(Array(unit.utf8))), length: \(length))"
        case .nesting(let line, let style, let depth): return ".nesting(line: \(line), .\(style.rawValue), depth: \(depth))"
        case .aliasBomb(let line, let levels, let width, let use):
            return ".aliasBomb(line: \(line), levels: \(levels), width: \(width), use: .\(use.rawValue))"
        case .block(let line, let prefix, let info, let yaml):
            return ".block(line: \(line), prefix: \(Self.literal(Array(prefix.utf8))), info: \(Self.literal(Array(info.utf8))), yaml: \(Self.literal(Array(yaml.utf8))))"
        }
    }

    /// A Swift expression for the bytes: a string literal when they are UTF-8, else an array.
    static func literal(_ bytes: [UInt8]) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return "[" + bytes.map { String(format: "0x%02X", $0) }.joined(separator: ", ") + "]"
        }
        let escaped = text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case " "..."~": return String(scalar)
            default: return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }.joined()
        return "Array(\"\(escaped)\".utf8)"
    }
}

extension ContentMutation {
    /// Characters that mean something to YAML, CSV or Markdown, and bytes that are not text at all.
    static let snippets: [[UInt8]] = [
        ":", "-", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", ",", ";", "?", "~", "\\",
        ": ", "- ", " #", "&a ", "*a", "*a ", "!!str ", "!!binary ", "!!map ", "!x ", "<<: ", "? ", "|-", ">+",
        "\t", "\0", "\n", "\r", "\r\n", "\n\n", " ", "    ", "---", "---\n", "...\n", "\u{FEFF}", "ä", "€", "😀",
        "e\u{301}", "\u{200B}", "\u{A0}", "```", "```chart\n", "```table\n", "~~~", "\"\"", "\"a,b\"", "0x1F", "1e999",
        ".nan", "-.inf", "null", "~", "true", "2026-02-30", "99:99", "%YAML 1.1\n", "%TAG ! x\n",
    ].map { Array($0.utf8) } + [
        [0xFF], [0xFE], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x80],
    ]

    /// Values of other types than a key expects.
    static let values: [String] = [
        "[a, b]", "[]", "{x: 1}", "{}", "{fi: }", "{xx: teksti}", "{fi: [a]}", "12", "-1", "0", "1e309", "0x1F",
        "9999999999999999999999", ".nan", ".inf", "true", "null", "~", "", "\"\"", "''", "2026-02-30", "2026-13",
        "\"17:00\"", "25:61", "|\n  monta\n  riviä", ">-\n  taitettu", "&x arvo", "*undefined", "!!binary aGVsbG8=",
        "!custom x", "[[[]]]", "- a\n- b", "\"avoin", "'avoin", "a: b: c", "[a, {b: [c, {d: e}]}]",
        String(repeating: "pitkä ", count: 2000), "\"\\u0000\"", "\"\\xFF\"", "!!int 12", "!!float x", "!!null",
    ]

    /// Block contents: valid, broken, and odd.
    static let blockBodies: [String] = [
        "type: trend\nindicator: ahdistus", "type: compare\nindicator: ahdistus\nyear: 2023", "type: progress\ngoal: mielenterveys",
        "type: measures\nfocus_area: lapset", "", " ", "type: [", "- a\n- b", "type: trend\n  bad: indent", "{", "type: trend\nyears: 2024-2015",
        "type: trend\nindicator: tuntematon", "type: goals\norganization: Väärä", "&a type: *a", "type: clock\ntype: clock",
        "type: \"status\"\ntitle: {fi: Tila, xx: y}", "? [a, b]\n: c", "type: table", "---\ntype: clock\n---\ntype: status",
    ]

    /// A random mutation; large ones (long lines, nesting, bombs) are rarer than small edits.
    static func random(using rng: inout some RandomNumberGenerator) -> ContentMutation {
        func position() -> Int { Int.random(in: 0..<100_000, using: &rng) }
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<30: return .insert(snippets.randomElement(using: &rng)!, at: position())
        case 30..<38:
            let count = Int.random(in: 1...6, using: &rng)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            return .insert(bytes, at: position())
        case 38..<48: return .delete(at: position(), count: Int.random(in: 1...40, using: &rng))
        case 48..<54: return .duplicateLine(position())
        case 54..<60: return .swapLines(position(), position())
        case 60..<64: return .truncate(at: position())
        case 64..<76: return .replaceValue(line: position(), with: values.randomElement(using: &rng)!)
        case 76..<82:
            return .block(line: position(), prefix: ["", "  ", "   ", "    ", "> ", "- ", "1. "].randomElement(using: &rng)!,
                          info: ["chart", "table", "chart x", "CHART", "yaml"].randomElement(using: &rng)!,
                          yaml: blockBodies.randomElement(using: &rng)!)
        case 82..<85: return .lineEnds(Bool.random(using: &rng) ? .windows : .oldMac)
        case 85..<89:
            let unit = ["a", "x: ", "[", "{", "-", "\"", ",", "ä"].randomElement(using: &rng)!
            return .longLine(line: position(), unit: unit, length: Int.random(in: 1_000...100_000, using: &rng))
        case 89..<94:
            let depth = [10, 100, 500, 999, 1_001, 5_000].randomElement(using: &rng)!
            return .nesting(line: position(), Nesting.allCases.randomElement(using: &rng)!, depth: depth)
        default:
            return .aliasBomb(line: position(), levels: Int.random(in: 2...12, using: &rng),
                              width: Int.random(in: 2...10, using: &rng), use: BombUse.allCases.randomElement(using: &rng)!)
        }
    }
}

/// A file of a plan and the mutations made to it.
struct MutationCase: CustomStringConvertible, Sendable, Hashable {
    var file: String
    var mutations: [ContentMutation]

    func mutated(_ original: [UInt8]) -> [UInt8] {
        var text = original
        for mutation in mutations { mutation.apply(to: &text) }
        return text
    }

    /// The same case with one mutation less: what the shrinker tries first.
    var smaller: [MutationCase] {
        guard mutations.count > 1 else { return [] }
        return mutations.indices.map { i in
            var fewer = mutations
            fewer.remove(at: i)
            return MutationCase(file: file, mutations: fewer)
        }
    }

    var description: String {
        "MutationCase(file: \"\(file)\", mutations: [\(mutations.map(\.description).joined(separator: ", "))])"
    }
}

/// A valid data file of random rows, written in one of the ways people save CSV: comma or
/// semicolon with decimal comma, any column order, quotes, padding, BOM, CRLF, blank lines.
struct CSVCase: CustomStringConvertible, Sendable {
    struct Row: Hashable, Sendable, CustomStringConvertible {
        var area: String
        var year: Int
        var value: Double?
        var group: String
        var line: Int

        init(area: String, year: Int, value: Double?, group: String, line: Int) {
            (self.area, self.year, self.value, self.group, self.line) = (area, year, value, group, line)
        }

        init(_ observation: Observation) {
            self.init(area: observation.area, year: observation.year, value: observation.value,
                      group: observation.group, line: observation.line)
        }

        var description: String { "\(line): \(area) \(year) \(value.map { "\($0)" } ?? "–") \(group)" }
    }

    static let areas = ["testialue", "aakkola", "oolahti", "koko-maa"]
    static let groups = ["total", "female", "male", "65+", "ikä 20–64", "a,b", "x;y", "sanottu \"x\""]

    var semicolon: Bool
    var columns: [String]
    var headerNames: [String]
    /// Each row's fields as written (before joining), in column order; nil is a blank line.
    var lines: [[String]?]
    var bom: Bool
    var crlf: Bool
    var expected: [Row]

    var separator: String { semicolon ? ";" : "," }

    var text: String {
        let end = crlf ? "\r\n" : "\n"
        let body = ([headerNames.joined(separator: separator)] + lines.map { $0?.joined(separator: separator) ?? "" })
        return (bom ? "\u{FEFF}" : "") + body.joined(separator: end) + end
    }

    var description: String { "CSVCase(text: \(ContentMutation.literal(Array(text.utf8))))" }

    static func random(using rng: inout some RandomNumberGenerator, minRows: Int = 0) -> CSVCase {
        let semicolon = Bool.random(using: &rng)
        var columns = ["area", "year", "value"]
        if Int.random(in: 0..<4, using: &rng) > 0 { columns.append("group") }
        columns.shuffle(using: &rng)
        let headerNames = columns.map { name in
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: return name.uppercased()
            case 1: return " \(name) "
            default: return name
            }
        }
        var csv = CSVCase(semicolon: semicolon, columns: columns, headerNames: headerNames, lines: [],
                          bom: Int.random(in: 0..<5, using: &rng) == 0, crlf: Int.random(in: 0..<4, using: &rng) == 0,
                          expected: [])
        var used: Set<String> = []
        let count = Int.random(in: minRows...40, using: &rng)
        while csv.expected.count < count {
            if Int.random(in: 0..<12, using: &rng) == 0 { csv.lines.append(nil) }
            let area = areas.randomElement(using: &rng)!
            let year = Int.random(in: 1900...2100, using: &rng)
            var group = columns.contains("group") ? groups.randomElement(using: &rng)! : "total"
            let writeEmptyGroup = group == "total" && Bool.random(using: &rng)
            if !columns.contains("group") { group = "total" }
            guard used.insert("\(area)|\(year)|\(group)").inserted else { continue }
            let (written, value) = randomValue(semicolon: semicolon, using: &rng)
            let line = csv.lines.count + 2
            var fields: [String] = []
            for column in columns {
                let raw: String
                switch column {
                case "area": raw = area
                case "year": raw = String(year)
                case "value": raw = written
                default: raw = writeEmptyGroup ? "" : group
                }
                fields.append(csv.written(raw, using: &rng))
            }
            csv.lines.append(fields)
            csv.expected.append(Row(area: area, year: year, value: value, group: group, line: line))
        }
        csv.expected.sort { ($0.area, $0.group, $0.year) < ($1.area, $1.group, $1.year) }
        return csv
    }

    /// A value as a person writes it, and the number it means: thousands spaced out with
    /// semicolons, a sign, a few decimals, or nothing (a missing figure).
    static func randomValue(semicolon: Bool, using rng: inout some RandomNumberGenerator) -> (String, Double?) {
        if Int.random(in: 0..<8, using: &rng) == 0 { return ("", nil) }
        let whole = Int.random(in: 0...[9, 999, 99_999, 9_999_999].randomElement(using: &rng)!, using: &rng)
        let decimals = Int.random(in: 0...4, using: &rng)
        let fraction = decimals == 0 ? "" : String((0..<decimals).map { _ in Character(String(Int.random(in: 0...9, using: &rng))) })
        let sign = Int.random(in: 0..<5, using: &rng) == 0 ? "-" : ""
        let point = sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
        var wholeText = String(whole)
        if semicolon, whole >= 1000, Bool.random(using: &rng) {
            wholeText = String(wholeText.reversed().enumerated().flatMap { $0.offset > 0 && $0.offset % 3 == 0 ? [" ", $0.element] : [$0.element] }.reversed())
        }
        let written = sign + wholeText + (fraction.isEmpty ? "" : (semicolon ? "," : ".") + fraction)
        return (written, Double(point)!)
    }

    /// Quoted when it must be (or at random), padded with spaces at random.
    func written(_ raw: String, using rng: inout some RandomNumberGenerator) -> String {
        let mustQuote = raw.contains(separator) || raw.contains("\"")
        var field = mustQuote || Int.random(in: 0..<6, using: &rng) == 0
            ? "\"" + raw.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : raw
        if Int.random(in: 0..<8, using: &rng) == 0 { field = " " + field }
        if Int.random(in: 0..<8, using: &rng) == 0 { field += "  " }
        return field
    }

    // MARK: Corruption

    struct Corruption: Sendable {
        var kind: String
        var line: Int
        var column: Int
    }

    /// Breaks one field of one row so that exactly one error follows, and says where it must be reported.
    mutating func corrupt(using rng: inout some RandomNumberGenerator) -> Corruption {
        let rowLines = lines.indices.filter { lines[$0] != nil }
        let index = rowLines.dropFirst().randomElement(using: &rng)!
        var fields = lines[index]!
        let line = index + 2
        func column(_ field: Int) -> Int { 1 + fields[..<field].reduce(0) { $0 + $1.count + 1 } }
        let area = columns.firstIndex(of: "area")!, year = columns.firstIndex(of: "year")!, value = columns.firstIndex(of: "value")!
        let kind = ["year", "value", "area", "unknown area", "extra field", "duplicate"].randomElement(using: &rng)!
        var result = Corruption(kind: kind, line: line, column: 1)
        switch kind {
        case "year":
            fields[year] = ["20x4", "99", "", "3000", "1899", "2024.0", "\"\""].randomElement(using: &rng)!
            result.column = column(year)
        case "value":
            fields[value] = ["abc", "1..2", "--1", "nan", "inf", "1e999", "12%", "\"x\""].randomElement(using: &rng)!
            result.column = column(value)
        case "area":
            fields[area] = ["Aakkola", "", "1abc", "öölahti", "koko maa"].randomElement(using: &rng)!
            result.column = column(area)
        case "unknown area":
            fields[area] = "tuntematon-alue"
            result.column = column(area)
        case "extra field":
            fields.append("ylimääräinen")
            result.column = column(fields.count - 1)
        default:
            // A copy of the first row: the later one is the mistake.
            fields = lines[rowLines[0]]!
            result.column = 1
        }
        lines[index] = fields
        return result
    }
}

/// A report body with paragraphs, lists, links and valid chart and table blocks, one of which
/// gets one bad key line.
struct BlockCase: CustomStringConvertible, Sendable {
    /// The body's lines; the front matter takes the 4 lines before it.
    var lines: [String]
    var fenceLines: [Int]
    /// Line index (0-based, in `lines`) and the bad line written there.
    var corruption: (index: Int, line: String, replaces: Bool)
    /// Where an unknown key must be reported: after the indentation (which cmark cuts from the block).
    var keyColumn: Int? {
        corruption.replaces ? nil : corruption.line.prefix { $0 == " " }.count + 1
    }

    static let frontMatter = ["---", "title: Vuosiraportti 2026", "meeting: {body: Aluevaltuusto, date: 2026-12-08}", "---"]

    var corruptedLine: Int { corruption.index + Self.frontMatter.count + 1 }

    func text(corrupted: Bool) -> String {
        var body = lines
        if corrupted {
            if corruption.replaces { body[corruption.index] = corruption.line } else { body.insert(corruption.line, at: corruption.index) }
        }
        return (Self.frontMatter + body).joined(separator: "\n") + "\n"
    }

    var description: String { "BlockCase(text: \(ContentMutation.literal(Array(text(corrupted: true).utf8))))" }

    static let charts: [[String]] = [
        ["type: trend", "indicator: ahdistus", "areas: [testialue, koko-maa]", "years: 2015-2024", "groups: [total]", "title: Ahdistus"],
        ["type: trend", "indicator: ahdistus", "years: 2023"],
        ["type: compare", "indicator: ahdistus", "year: 2023", "title: {fi: Vertailu, sv: Jämförelse}"],
        ["type: progress", "goal: mielenterveys"],
        ["type: status", "focus_area: lapset"],
        ["type: clock"],
        ["type: structure", "title: Rakenne"],
    ]
    static let tables: [[String]] = [
        ["type: goals", "focus_area: lapset"], ["type: measures", "goal: mielenterveys", "organization: testialue"],
        ["type: indicators"], ["type: responsibilities", "focus_area: lapset"], ["type: calendar"], ["type: bodies"],
        ["type: contacts", "organization: aakkola", "title: Yhteystiedot"],
    ]
    /// Bad values by key; each is the only mistake it makes.
    static let badValues: [String: [String]] = [
        "type": ["trendi", "[trend]", "\"\""],
        "indicator": ["tuntematon", "Ahdistus", "{a: 1}"],
        "areas": ["{a: 1}", "[testialue, tuntematon]", "[Testialue]"],
        "years": ["2024-2015", "vuodet", "1800-2020", "2015-2020-2024"],
        "year": ["1800", "vuosi", "[2023]"],
        "groups": ["{a: b}"],
        "goal": ["tuntematon", "x y"],
        "focus_area": ["tuntematon", "12"],
        "organization": ["tuntematon", "Testialue"],
        "title": ["\"\"", "{}", "{xx: a}"],
    ]
    static let filler = ["Tavallinen kappale, jossa on [linkki](/tietoa/) ja **lihavointia**.", "## Väliotsikko", "- kohta\n- toinen kohta",
                         "| a | b |\n|---|---|\n| 1 | 2 |", "```\nkoodia: ei lohko\n```", "> lainaus"]

    static func random(using rng: inout some RandomNumberGenerator) -> BlockCase {
        var lines: [String] = []
        var fenceLines: [Int] = []
        var keyLines: [(index: Int, key: String)] = []
        var blockRanges: [Range<Int>] = []
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                lines += filler.randomElement(using: &rng)!.split(separator: "\n").map(String.init) + [""]
            }
            let isChart = Bool.random(using: &rng)
            let keys = (isChart ? charts : tables).randomElement(using: &rng)!
            let fence = ["```", "~~~", "````"].randomElement(using: &rng)!
            let indent = String(repeating: " ", count: Int.random(in: 0...3, using: &rng))
            fenceLines.append(lines.count + frontMatter.count + 1)
            lines.append(indent + fence + (isChart ? "chart" : "table"))
            let first = lines.count
            for key in keys {
                keyLines.append((lines.count, String(key.prefix { $0 != ":" })))
                lines.append(indent + key)
            }
            blockRanges.append(first..<lines.count + 1)
            lines += [indent + fence, ""]
        }
        // Either a bad value for a key the block has, or a line with an unknown key inside a block.
        if Bool.random(using: &rng) {
            let target = keyLines.randomElement(using: &rng)!
            let value = badValues[target.key]!.randomElement(using: &rng)!
            let indent = String(lines[target.index].prefix { $0 == " " })
            return BlockCase(lines: lines, fenceLines: fenceLines, corruption: (target.index, indent + "\(target.key): \(value)", true))
        }
        let range = blockRanges.randomElement(using: &rng)!
        let index = Int.random(in: range, using: &rng)
        let indent = String(lines[range.lowerBound].prefix { $0 == " " })
        let key = ["indicatr", "area", "vuodet", "typ", "otsikko"].randomElement(using: &rng)!
        return BlockCase(lines: lines, fenceLines: fenceLines, corruption: (index, indent + "\(key): x", false))
    }
}
