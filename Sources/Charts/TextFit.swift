/// Fits labels into space measured in an approximate average character width (SVG cannot measure text
/// at build time). Long Finnish names wrap on spaces and hyphens, or are shortened with an ellipsis;
/// the full name is always in the chart's title element and its data table.
enum TextFit {
    /// Average glyph width as a fraction of the font size for a sans-serif font.
    static let averageWidth = 0.56

    static func width(_ text: String, fontSize: Double) -> Double { Double(text.count) * fontSize * averageWidth }

    static func shorten(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        let capacity = Int(maxWidth / (fontSize * averageWidth))
        guard text.count > capacity, capacity > 1 else { return text }
        return String(text.prefix(capacity - 1)).trimmingSpaces + "…"
    }

    /// Up to `maxLines` lines; the last line shortened when the text does not fit.
    static func wrap(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int = 2) -> [String] {
        let capacity = max(1, Int(maxWidth / (fontSize * averageWidth)))
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if candidate.count <= capacity || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            let kept = Array(lines.prefix(maxLines))
            let rest = lines[(maxLines - 1)...].joined(separator: " ")
            return Array(kept.dropLast()) + [shorten(rest, maxWidth: maxWidth, fontSize: fontSize).appendingEllipsisIfCut(from: rest)]
        }
        return lines.map { shorten($0, maxWidth: maxWidth, fontSize: fontSize) }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    func appendingEllipsisIfCut(from full: String) -> String {
        self == full || hasSuffix("…") ? self : self + "…"
    }
}
