import Charts
import Foundation
import HyteBase

/// Figures made once for two documents that show them under different ids: a municipality's card page
/// and its compiled card (the same language, the same trend per indicator, 120 of them in a national
/// plan). A figure is kept from its first use until its second takes it.
final class SharedCharts: Sendable {
    private let kept = Locked<[String: ChartView]>([:])
    /// Stands for the id while a figure is made; never left in a figure handed out.
    static let placeholder = "\u{1}"

    /// The figure for `key`, made by `make` (with `placeholder` as its id) on first use.
    func figure(_ key: String, make: () -> ChartView?) -> ChartView? {
        if let known = kept.withLock({ $0.removeValue(forKey: key) }) { return known }
        guard let made = make() else { return nil }
        kept.withLock { $0[key] = made }
        return made
    }
}

extension ChartView {
    /// The figure under its own id (in the drawing, its data table and itself), open or not.
    func with(id: String, open: Bool) -> ChartView {
        var view = self
        view.id = id
        view.svg = Self.replacingPlaceholder(svg, with: id)
        view.table.id = Self.replacingPlaceholder(table.id, with: id)
        view.open = open
        return view
    }

    private static func replacingPlaceholder(_ text: String, with id: String) -> String {
        var source = text
        return source.withUTF8 { bytes -> String in
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
    }
}
