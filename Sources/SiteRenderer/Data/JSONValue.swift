import PlanModel

/// A JSON document written by hand: keys in the order given, numbers as written, so the same plan
/// always gives the same bytes (Foundation's serialiser depends on dictionary order and float printing).
indirect enum JSONValue: Sendable {
    case string(String)
    case number(Double, decimals: Int?)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// Text already written as JSON at the place's indentation (long arrays written directly).
    case raw(String)

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    func rendered(indent: Int = 0) -> String {
        var out = ""
        write(into: &out, indent: indent)
        return out
    }

    /// Appends to one buffer: a million observations make a million small objects, and joining
    /// strings level by level would hold every level's copy at once.
    func write(into out: inout String, indent: Int) {
        switch self {
        case .string(let text): out += Self.quote(text)
        case .number(let value, let decimals): out += Self.number(value, decimals: decimals)
        case .integer(let value): out += String(value)
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .raw(let text): out += text
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                if i > 0 { out += ",\n" }
                Self.pad(&out, indent + 1)
                item.write(into: &out, indent: indent + 1)
            }
            out += "\n"
            Self.pad(&out, indent)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, member) in members.enumerated() {
                if i > 0 { out += ",\n" }
                Self.pad(&out, indent + 1)
                out += Self.quote(member.0)
                out += ": "
                member.1.write(into: &out, indent: indent + 1)
            }
            out += "\n"
            Self.pad(&out, indent)
            out += "}"
        }
    }

    private static func pad(_ out: inout String, _ indent: Int) {
        for _ in 0..<indent { out += "  " }
    }

    /// A number with a point and at most `decimals` places, trailing zeros kept off ("12.4", "301").
    static func number(_ value: Double, decimals: Int?) -> String {
        guard value.isFinite else { return "null" }
        let places = decimals ?? 6
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(rounded / scale)
        // The fraction's digits, trailing zeros left off (a million values in a national plan's data).
        var fraction = Int(rounded - Double(whole) * scale)
        var digits = places
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        var text = value < 0 && rounded > 0 ? "-" : ""
        text += String(whole)
        guard digits > 0 else { return text }
        text += "."
        let written = String(fraction)
        for _ in 0..<(digits - written.utf8.count) { text += "0" }
        text += written
        return text
    }

    static func quote(_ text: String) -> String { JSONText.quote(text) }
}
