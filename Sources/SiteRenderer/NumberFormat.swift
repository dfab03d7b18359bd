import PlanModel

/// Numbers, dates and money written by hand, so output never depends on the machine's locale.
struct NumberFormat: Sendable {
    let language: Language

    var decimalSeparator: String { language == .en ? "." : "," }
    /// Finnish and Swedish group thousands with a no-break space, English with a comma.
    var groupSeparator: String { language == .en ? "," : "\u{00A0}" }

    /// A fixed number of decimals, rounded half away from zero, with a real minus sign.
    func number(_ value: Double, decimals: Int) -> String {
        let scale = pow10(decimals)
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let negative = value < 0 && rounded > 0
        let whole = Int(rounded / scale)
        let fraction = Int(rounded - Double(whole) * scale)
        var text = grouped(whole)
        if decimals > 0 {
            let digits = String(fraction)
            text += decimalSeparator + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return (negative ? "\u{2212}" : "") + text
    }

    /// A value with its unit: "12,4 %", "3,1 ‰", "245 / 100 000".
    func value(_ value: Double, decimals: Int, unit: String) -> String {
        let number = number(value, decimals: decimals)
        return unit.isEmpty ? number : number + "\u{00A0}" + unit
    }

    /// Whole euros: "40 000 €" (fi, sv) or "€40,000" (en).
    func euros(_ amount: Double) -> String {
        let number = number(amount, decimals: amount.rounded() == amount ? 0 : 2)
        return language == .en ? "€" + number : number + "\u{00A0}€"
    }

    /// 12.5.2026 (fi, sv); 12 May 2026 (en).
    func date(_ day: Day, monthNames: [String]) -> String {
        language == .en ? "\(day.day) \(monthNames[day.month - 1]) \(day.year)" : "\(day.day).\(day.month).\(day.year)"
    }

    /// 5/2026 (fi, sv); May 2026 (en).
    func month(_ month: YearMonth, monthNames: [String]) -> String {
        language == .en ? "\(monthNames[month.month - 1]) \(month.year)" : "\(month.month)/\(month.year)"
    }

    private func grouped(_ value: Int) -> String {
        let digits = String(value)
        guard digits.count > 4 || (language == .en && digits.count > 3) else { return digits }
        var result = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { result += groupSeparator }
            result.append(c)
        }
        return result
    }

    private func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }
}
