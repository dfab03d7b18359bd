/// How a goal's target stands: baseline → latest observation → target, judged by `better`.
public struct TargetProgress: Sendable {
    public enum Track: String, Sendable { case reached, on, off, none, neutral }

    public var baseline: (year: Int, value: Double)?
    public var latest: Observation?
    public var target: (year: Int, value: Double)
    public var track: Track

    public init(target: Target, indicator: Indicator, region: String) {
        let area = target.area?.id ?? region
        let baselineValue = target.baseline.value ?? indicator.value(area: area, year: target.baseline.year, group: target.group)
        baseline = baselineValue.map { (target.baseline.year, $0) }
        self.target = (target.target.year, target.target.value ?? 0)
        // Only observations after the baseline year say anything about progress.
        let newer = indicator.series(area: area, group: target.group).last { $0.value != nil && $0.year > target.baseline.year }
        latest = newer
        track = Self.judge(baseline: baselineValue, latest: newer?.value, target: target.target.value ?? 0,
                           better: indicator.better)
    }

    static func judge(baseline: Double?, latest: Double?, target: Double, better: Indicator.Better) -> Track {
        guard let baseline, let latest else { return .none }
        switch better {
        case .neutral: return .neutral
        case .higher:
            if latest >= target { return .reached }
            return latest > baseline ? .on : .off
        case .lower:
            if latest <= target { return .reached }
            return latest < baseline ? .on : .off
        }
    }
}
