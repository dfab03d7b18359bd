import Charts
import Foundation

/// Drawn charts kept from one rebuild of a live preview to the next: a page made again because a
/// measure it lists changed usually shows the same charts, and drawing them is most of its cost.
/// A chart is found by everything it is drawn from, so a changed figure or label draws it anew.
public final class ChartMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var trends: [TrendChart: Chart] = [:]
    /// Past this many charts the memo starts over, so a long session cannot grow without bound.
    static let limit = 20_000

    public init() {}

    func trend(_ chart: TrendChart) -> Chart {
        lock.lock()
        if let drawn = trends[chart] {
            lock.unlock()
            return drawn
        }
        lock.unlock()
        let drawn = chart.draw()
        lock.lock()
        if trends.count >= Self.limit { trends.removeAll() }
        trends[chart] = drawn
        lock.unlock()
        return drawn
    }
}
