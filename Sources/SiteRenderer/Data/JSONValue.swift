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

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .string(let text): return Self.quote(text)
        case .number(let value, let decimals): return Self.number(value, decimals: decimals)
        case .integer(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n" + pad + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            return "{\n" + members.map { inner + Self.quote($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + pad + "}"
        }
    }

    /// A number with a point and at most `decimals` places, trailing zeros kept off ("12.4", "301").
    static func number(_ value: Double, decimals: Int?) -> String {
        guard value.isFinite else { return "null" }
        let places = decimals ?? 6
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(rounded / scale)
        var fraction = String(Int(rounded - Double(whole) * scale))
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && rounded > 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }

    static func quote(_ text: String) -> String { JSONText.quote(text) }
}
