/// How numbers read in a chart: the site language's separators and the indicator's decimals and unit.
public struct ValueFormat: Sendable, Hashable {
    public var decimalSeparator: String
    public var groupSeparator: String
    public var decimals: Int
    public var unit: String

    public init(decimalSeparator: String, groupSeparator: String, decimals: Int, unit: String) {
        self.decimalSeparator = decimalSeparator
        self.groupSeparator = groupSeparator
        self.decimals = decimals
        self.unit = unit
    }

    public func number(_ value: Double, decimals: Int? = nil) -> String {
        let places = decimals ?? self.decimals
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let whole = Int(rounded / scale)
        let fraction = Int(rounded - Double(whole) * scale)
        var digits = String(whole)
        if digits.count > 4 {
            var grouped = ""
            for (i, c) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { grouped += groupSeparator }
                grouped.append(c)
            }
            digits = grouped
        }
        if places > 0 {
            let f = String(fraction)
            digits += decimalSeparator + String(repeating: "0", count: places - f.count) + f
        }
        return (value < 0 && rounded > 0 ? "\u{2212}" : "") + digits
    }

    /// With the unit: "12,4 %".
    public func value(_ value: Double) -> String {
        unit.isEmpty ? number(value) : number(value) + "\u{00A0}" + unit
    }
}
