import Charts
import Foundation

/// Charts drawn once for two documents that show them under different ids: a municipality's card page
/// and its compiled card (the same language, the same 120 trends in a national plan). A chart is kept
/// from its first use until its second takes it.
final class SharedCharts: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [TrendChart: Chart] = [:]
    /// Stands for the id while a chart is drawn; never left in a chart handed out.
    static let placeholder = "\u{1}"

    func trend(_ chart: TrendChart) -> Chart {
        var key = chart
        key.id = Self.placeholder
        lock.lock()
        let known = kept.removeValue(forKey: key)
        lock.unlock()
        if let known { return known.with(id: chart.id) }
        let drawn = key.draw()
        lock.lock()
        kept[key] = drawn
        lock.unlock()
        return drawn.with(id: chart.id)
    }
}

extension Chart {
    /// The chart with its placeholder id replaced (the id names its title and description).
    func with(id: String) -> Chart {
        var source = svg
        let text = source.withUTF8 { bytes -> String in
            var out = ""
            out.reserveCapacity(bytes.count + 4 * id.utf8.count)
            var start = 0
            for i in bytes.indices where bytes[i] == 1 {
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
                out += id
                start = i + 1
            }
            out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
            return out
        }
        return Chart(svg: text, title: title, summary: summary)
    }
}
