import Foundation
import PlanModel

/// A JSON value with the line and column it starts at, so a bad row in an exported file is reported
/// where it is. Foundation's JSONSerialization gives neither.
struct JSONNode: Sendable {
    indirect enum Value: Sendable {
        case object([(key: String, value: JSONNode)])
        case array([JSONNode])
        case string(String)
        /// The number as written, so "12.30" is not turned into 12.3 before we decide how to show it.
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    var line: Int
    var column: Int

    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// An object's member names in order; none for other values.
    var keys: [String] {
        guard case .object(let members) = value else { return [] }
        return members.map(\.key)
    }

    var string: String? {
        switch value {
        case .string(let s): return s
        case .number(let n): return n
        default: return nil
        }
    }

    /// A number, or a string holding one: Sotkanet writes some numbers (decimals, years) as strings.
    var double: Double? {
        switch value {
        case .number(let n): return Double(n)
        case .string(let s): return Double(s.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
        default: return nil
        }
    }

    var int: Int? {
        guard let d = double, d.rounded() == d, abs(d) < 1e15 else { return nil }
        return Int(d)
    }

    var isNull: Bool { if case .null = value { return true } else { return false } }

    /// Texts by language (`{"fi": …, "sv": …, "en": …}`), empty ones left out.
    var texts: [String: String] {
        guard case .object(let members) = value else { return [:] }
        var out: [String: String] = [:]
        for (key, node) in members {
            if let text = node.string?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty { out[key] = text }
        }
        return out
    }
}

/// Parses JSON text (RFC 8259) into `JSONNode`s; the first error is thrown with its line and column.
struct JSONReader {
    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    static func parse(_ text: String) throws(Failure) -> JSONNode {
        var reader = JSONReader(bytes: Array(text.utf8))
        if reader.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            reader.i = 3
            reader.lineStart = 3
        }
        reader.skipSpace()
        let node = try reader.value()
        reader.skipSpace()
        if reader.i < reader.bytes.count { throw reader.failure("unexpected text after the end of the JSON value") }
        return node
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Characters counted so far on this line, so that a whole file on one line (as Sotkanet sends it)
    /// is counted once, not once per value.
    private var counted = 0
    private var countedColumn = 1

    /// Columns count characters, not bytes: continuation bytes of UTF-8 do not start one.
    private mutating func column() -> Int {
        if counted < lineStart || counted > i { (counted, countedColumn) = (lineStart, 1) }
        while counted < i {
            if bytes[counted] & 0xC0 != 0x80 { countedColumn += 1 }
            counted += 1
        }
        return countedColumn
    }

    private mutating func failure(_ message: String) -> Failure { Failure(line: line, column: column(), message: message) }

    private mutating func skipSpace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A:
                i += 1
                line += 1
                lineStart = i
            default: return
            }
        }
    }

    private mutating func value() throws(Failure) -> JSONNode {
        guard i < bytes.count else { throw failure("the JSON ends too early") }
        let (startLine, startColumn) = (line, column())
        func node(_ value: JSONNode.Value) -> JSONNode { JSONNode(value: value, line: startLine, column: startColumn) }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            depth += 1
            // Exported files are flat; a deep nesting is a broken or hostile file, not data.
            guard depth < 200 else { throw failure("the JSON is nested too deeply") }
            defer { depth -= 1 }
            i += 1
            var members: [(key: String, value: JSONNode)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return node(.object(members)) }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw failure("expected a quoted member name") }
                let key = try string()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw failure("expected ':' after the member name") }
                i += 1
                skipSpace()
                members.append((key, try value()))
                skipSpace()
                guard i < bytes.count else { throw failure("the JSON ends inside an object") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return node(.object(members)) }
                throw failure("expected ',' or '}' in an object")
            }
        case UInt8(ascii: "["):
            depth += 1
            guard depth < 200 else { throw failure("the JSON is nested too deeply") }
            defer { depth -= 1 }
            i += 1
            var items: [JSONNode] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return node(.array(items)) }
            while true {
                skipSpace()
                items.append(try value())
                skipSpace()
                guard i < bytes.count else { throw failure("the JSON ends inside an array") }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return node(.array(items)) }
                throw failure("expected ',' or ']' in an array")
            }
        case UInt8(ascii: "\""):
            return node(.string(try string()))
        case UInt8(ascii: "t"): return try literal("true", node(.bool(true)))
        case UInt8(ascii: "f"): return try literal("false", node(.bool(false)))
        case UInt8(ascii: "n"): return try literal("null", node(.null))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = i
            i += 1
            while i < bytes.count, Self.numberBytes.contains(bytes[i]) { i += 1 }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            guard Double(text) != nil else { i = start; throw failure("'\(text)' is not a number") }
            return node(.number(text))
        default:
            throw failure("unexpected character '\(String(decoding: [bytes[i]], as: UTF8.self))'")
        }
    }

    private static let numberBytes = Set("0123456789+-.eE".utf8)

    private mutating func literal(_ word: String, _ result: JSONNode) throws(Failure) -> JSONNode {
        let w = Array(word.utf8)
        guard bytes.count - i >= w.count, Array(bytes[i..<i + w.count]) == w else { throw failure("unexpected text; expected \(word)") }
        i += w.count
        return result
    }

    private mutating func string() throws(Failure) -> String {
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard i + 1 < bytes.count else { throw failure("the JSON ends inside a string") }
                i += 1
                switch bytes[i] {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar), i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
                default: throw failure("unknown escape in a string")
                }
                i += 1
            case 0x0A: throw failure("a line break inside a string")
            default:
                out.append(b)
                i += 1
            }
        }
        throw failure("the JSON ends inside a string")
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 < bytes.count, let v = UInt32(String(decoding: bytes[i + 1...i + 4], as: UTF8.self), radix: 16) else {
            throw failure("a \\u escape needs four hex digits")
        }
        i += 4
        return v
    }
}
