import HyteBase

/// Builds SVG text. Numbers are written with one decimal so output is byte-stable; text is escaped.
/// Written piece by piece into one byte buffer: charts are drawn by the ten thousand in a large plan.
struct SVGWriter {
    private var buffer = MarkupBuffer()

    var text: String { buffer.text }

    /// A number as drawings write it (`write(_:into:)`), for the few places that build a string of it.
    static func number(_ value: Double) -> String {
        var buffer = MarkupBuffer(capacity: 8)
        write(value, into: &buffer)
        return buffer.text
    }

    /// One decimal, none when it is zero, and no "-0".
    static func write(_ value: Double, into buffer: inout MarkupBuffer) {
        let rounded = (value * 10).rounded() / 10
        let whole = rounded.rounded(.towardZero)
        if rounded < 0 && whole == 0 && rounded != whole { buffer.write("-") }
        buffer.write(Int(whole))
        guard rounded != whole else { return }
        buffer.write(".")
        buffer.write(Int((abs(rounded - whole) * 10).rounded()))
    }

    private mutating func number(_ value: Double) { Self.write(value, into: &buffer) }

    mutating func reserve(_ bytes: Int) { buffer.reserve(bytes) }

    /// `attributes` in the given order; numbers formatted, strings escaped.
    mutating func element(_ name: String, _ attributes: [(String, Attribute)], content: String? = nil) {
        buffer.write("<")
        buffer.write(name)
        append(attributes)
        if let content {
            buffer.write(">")
            buffer.writeEscaped(content)
            buffer.write("</")
            buffer.write(name)
            buffer.write(">\n")
        } else {
            buffer.write("/>\n")
        }
    }

    mutating func open(_ name: String, _ attributes: [(String, Attribute)] = []) {
        buffer.write("<")
        buffer.write(name)
        append(attributes)
        buffer.write(">\n")
    }

    private mutating func append(_ attributes: [(String, Attribute)]) {
        for (key, value) in attributes {
            buffer.write(" ")
            buffer.write(key)
            buffer.write("=\"")
            switch value {
            case .n(let value): number(value)
            case .s(let string): buffer.writeEscaped(string)
            }
            buffer.write("\"")
        }
    }

    mutating func close(_ name: String) {
        buffer.write("</")
        buffer.write(name)
        buffer.write(">\n")
    }

    /// A dot: the commonest element of a chart, written without building an attribute list.
    mutating func circle(cssClass: String, cx: Double, cy: Double, r: Double, fill: String) {
        buffer.write("<circle class=\"")
        buffer.writeEscaped(cssClass)
        buffer.write("\" cx=\"")
        number(cx)
        buffer.write("\" cy=\"")
        number(cy)
        buffer.write("\" r=\"")
        number(r)
        buffer.write("\" fill=\"")
        buffer.writeEscaped(fill)
        buffer.write("\"/>\n")
    }

    mutating func raw(_ svg: String) { buffer.write(svg) }

    // Lines, rectangles and labels are most of a chart: their coordinates are written straight in,
    // without joining attribute lists.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ attributes: [(String, Attribute)] = []) {
        buffer.write("<line x1=\"")
        number(x1)
        buffer.write("\" y1=\"")
        number(y1)
        buffer.write("\" x2=\"")
        number(x2)
        buffer.write("\" y2=\"")
        number(y2)
        buffer.write("\"")
        append(attributes)
        buffer.write("/>\n")
    }

    mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, _ attributes: [(String, Attribute)] = []) {
        buffer.write("<rect x=\"")
        number(x)
        buffer.write("\" y=\"")
        number(y)
        buffer.write("\" width=\"")
        number(max(0, width))
        buffer.write("\" height=\"")
        number(max(0, height))
        buffer.write("\"")
        append(attributes)
        buffer.write("/>\n")
    }

    mutating func label(_ x: Double, _ y: Double, _ content: String, _ attributes: [(String, Attribute)] = []) {
        buffer.write("<text x=\"")
        number(x)
        buffer.write("\" y=\"")
        number(y)
        buffer.write("\"")
        append(attributes)
        buffer.write(">")
        buffer.writeEscaped(content)
        buffer.write("</text>\n")
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
