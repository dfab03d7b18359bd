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

    /// Written straight into the new string's storage, checked as UTF-8 once: a national build replaces
    /// the ids of tens of thousands of figures, and a temporary string per piece showed in its profile.
    private static func replacingPlaceholder(_ text: String, with id: String) -> String {
        var source = text
        var name = id
        return source.withUTF8 { bytes in
            name.withUTF8 { name in
                let count = bytes.reduce(0) { $1 == 1 ? $0 + 1 : $0 }
                guard count > 0 else { return text }
                return String(unsafeUninitializedCapacity: bytes.count - count + count * name.count) { out in
                    var written = 0
                    func copy(_ piece: UnsafeBufferPointer<UInt8>) {
                        guard let base = piece.baseAddress, let target = out.baseAddress, !piece.isEmpty else { return }
                        (target + written).update(from: base, count: piece.count)
                        written += piece.count
                    }
                    var start = 0
                    while let at = bytes[start...].firstIndex(of: 1) {
                        copy(UnsafeBufferPointer(rebasing: bytes[start..<at]))
                        copy(name)
                        start = at + 1
                    }
                    copy(UnsafeBufferPointer(rebasing: bytes[start...]))
                    return written
                }
            }
        }
    }
}
