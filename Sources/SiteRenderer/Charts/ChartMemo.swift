import Charts
import Foundation
import HyteBase

/// Drawn charts kept from one rebuild of a live preview to the next: a page made again because a
/// measure it lists changed usually shows the same charts, and drawing them is most of its cost.
/// A chart is found by everything it is drawn from, so a changed figure or label draws it anew.
public final class ChartMemo: Sendable {
    private let trends = Locked<[TrendChart: Chart]>([:])
    /// Past this many charts the memo starts over, so a long session cannot grow without bound.
    static let limit = 20_000

    public init() {}

    func trend(_ chart: TrendChart) -> Chart {
        if let drawn = trends.withLock({ $0[chart] }) { return drawn }
        // Drawn outside the lock: drawing is the slow part and pages draw on all cores.
        let drawn = chart.draw()
        trends.withLock { trends in
            if trends.count >= Self.limit { trends.removeAll() }
            trends[chart] = drawn
        }
        return drawn
    }
}
