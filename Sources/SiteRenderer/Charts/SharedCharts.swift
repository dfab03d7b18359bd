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
    /// `memchr` finds the few placeholders in a drawing of 100 kB at memory speed.
    private static func replacingPlaceholder(_ text: String, with id: String) -> String {
        var source = text
        var name = id
        return source.withUTF8 { bytes in
            name.withUTF8 { name in
                guard let base = bytes.baseAddress else { return text }
                var places: [Int] = []
                var from = 0
                while from < bytes.count, let found = memchr(base + from, 1, bytes.count - from) {
                    let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    places.append(at)
                    from = at + 1
                }
                guard !places.isEmpty else { return text }
                return String(unsafeUninitializedCapacity: bytes.count + places.count * (name.count - 1)) { out in
                    var written = 0
                    func copy(_ piece: UnsafeBufferPointer<UInt8>) {
                        guard let source = piece.baseAddress, let target = out.baseAddress, !piece.isEmpty else { return }
                        (target + written).update(from: source, count: piece.count)
                        written += piece.count
                    }
                    var start = 0
                    for at in places {
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
