import HyteBase

/// Builds SVG text. Numbers are written with one decimal so output is byte-stable; text is escaped.
struct SVGWriter {
    private(set) var text = ""

    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let whole = rounded.rounded(.towardZero)
        if rounded == whole { return String(Int(whole)) }
        let tenths = Int((abs(rounded - whole) * 10).rounded())
        return (rounded < 0 && whole == 0 ? "-" : "") + String(Int(whole)) + "." + String(tenths)
    }

    mutating func reserve(_ bytes: Int) { text.reserveCapacity(bytes) }

    /// `attributes` in the given order; numbers formatted, strings escaped.
    // Written piece by piece into one buffer: charts are drawn by the ten thousand in a large plan.
    mutating func element(_ name: String, _ attributes: [(String, Attribute)], content: String? = nil) {
        text += "<"
        text += name
        append(attributes)
        if let content {
            text += ">"
            text += MarkupEscape.escape(content)
            text += "</"
            text += name
            text += ">\n"
        } else {
            text += "/>\n"
        }
    }

    mutating func open(_ name: String, _ attributes: [(String, Attribute)] = []) {
        text += "<"
        text += name
        append(attributes)
        text += ">\n"
    }

    private mutating func append(_ attributes: [(String, Attribute)]) {
        for (key, value) in attributes {
            text += " "
            text += key
            text += "=\""
            switch value {
            case .n(let number): text += Self.number(number)
            case .s(let string): text += MarkupEscape.escape(string)
            }
            text += "\""
        }
    }

    mutating func close(_ name: String) {
        text += "</"
        text += name
        text += ">\n"
    }

    /// A dot: the commonest element of a chart, written without building an attribute list.
    mutating func circle(cssClass: String, cx: Double, cy: Double, r: Double, fill: String) {
        text += "<circle class=\""
        text += MarkupEscape.escape(cssClass)
        text += "\" cx=\""
        text += Self.number(cx)
        text += "\" cy=\""
        text += Self.number(cy)
        text += "\" r=\""
        text += Self.number(r)
        text += "\" fill=\""
        text += MarkupEscape.escape(fill)
        text += "\"/>\n"
    }

    mutating func raw(_ svg: String) { text += svg }

    // Lines, rectangles and labels are most of a chart: their coordinates are written straight in,
    // without joining attribute lists.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ attributes: [(String, Attribute)] = []) {
        text += "<line x1=\""
        text += Self.number(x1)
        text += "\" y1=\""
        text += Self.number(y1)
        text += "\" x2=\""
        text += Self.number(x2)
        text += "\" y2=\""
        text += Self.number(y2)
        text += "\""
        append(attributes)
        text += "/>\n"
    }

    mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ attributes: [(String, Attribute)] = []) {
        text += "<rect x=\""
        text += Self.number(x)
        text += "\" y=\""
        text += Self.number(y)
        text += "\" width=\""
        text += Self.number(max(0, width))
        text += "\" height=\""
        text += Self.number(max(0, height))
        text += "\""
        append(attributes)
        text += "/>\n"
    }

    mutating func label(_ x: Double, _ y: Double, _ content: String, _ attributes: [(String, Attribute)] = []) {
        text += "<text x=\""
        text += Self.number(x)
        text += "\" y=\""
        text += Self.number(y)
        text += "\""
        append(attributes)
        text += ">"
        text += MarkupEscape.escape(content)
        text += "</text>\n"
    }
}

/// An attribute value: a number (formatted with one decimal) or text (escaped).
enum Attribute {
    case n(Double)
    case s(String)

    var rendered: String {
        switch self {
        case .n(let value): return SVGWriter.number(value)
        case .s(let text): return MarkupEscape.escape(text)
        }
    }
}

extension Attribute: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self = .s(value) }
}
