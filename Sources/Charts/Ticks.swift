import Foundation

/// "Nice" axis ticks on 1-2-5 steps.
enum Ticks {
    /// Ticks covering `low...high` with about `count` steps; bars pass `includeZero`.
    static func nice(_ low: Double, _ high: Double, count: Int = 5, includeZero: Bool = false) -> [Double] {
        var low = low, high = high
        if includeZero { low = min(0, low); high = max(0, high) }
        if low == high {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            low -= pad
            high += pad
        }
        let step = niceStep((high - low) / Double(max(1, count)))
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var value = first
        while value <= last + step * 1e-9 {
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return ticks
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }

    /// Decimals needed to tell ticks apart (0 for whole steps).
    static func decimals(_ ticks: [Double]) -> Int {
        guard ticks.count > 1 else { return 0 }
        let step = abs(ticks[1] - ticks[0])
        return step >= 1 ? 0 : min(3, Int((-log10(step)).rounded(.up)))
    }
}
