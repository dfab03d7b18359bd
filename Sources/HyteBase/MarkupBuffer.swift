/// Markup being written, as UTF-8 bytes. The writers of charts and data tables append tens of pieces
/// per element, hundreds of thousands in a large plan: appending bytes to an array is a copy, where
/// appending to a `String` also checks capacity, ASCII-ness and breadcrumbs every time (twice as slow
/// in a micro-benchmark). The bytes become one string at the end, checked as UTF-8 once.
public struct MarkupBuffer {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    /// Markup as it is: literals and finished markup.
    @inline(__always)
    public mutating func write(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    public mutating func write(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Text escaped for HTML and XML content and attribute values: the five characters Mustache
    /// escapes, with its entities. The one escape table (`MarkupEscape.escape` writes through it).
    public mutating func writeEscaped(_ text: String) {
        var text = text
        text.withUTF8 { source in
            guard MarkupEscape.needsEscaping(source) else {
                bytes.append(contentsOf: source)
                return
            }
            for byte in source {
                switch byte {
                case 0x26: write("&amp;")
                case 0x3C: write("&lt;")
                case 0x3E: write("&gt;")
                case 0x22: write("&quot;")
                case 0x27: write("&#39;")
                default: bytes.append(byte)
                }
            }
        }
    }

    /// Text escaped as `writeEscaped`, with a line-break opportunity (`<wbr>`) in each e-mail or web
    /// address in it, before each "@" and "." and after each "/": an address is one long word that a
    /// phone's line cannot hold, and it should wrap between its parts, not inside a word. Copying it
    /// still gives the address as it is.
    public mutating func writeEscapedBreakingAddresses(_ text: String) {
        guard Self.mayHoldAddress(text) else { return writeEscaped(text) }
        var first = true
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !first { write(" ") }
            first = false
            // A word with "://" that is not a web address ("x://y") is text.
            guard word.utf8.contains(0x40) || word.hasPrefix("https://") || word.hasPrefix("http://") else {
                writeEscaped(String(word))
                continue
            }
            var piece = ""
            for character in word {
                if character == "@" || character == "." {
                    writeEscaped(piece)
                    write("<wbr>")
                    piece = String(character)
                } else if character == "/" {
                    piece.append(character)
                    writeEscaped(piece)
                    write("<wbr>")
                    piece = ""
                } else {
                    piece.append(character)
                }
            }
            writeEscaped(piece)
        }
    }

    /// Whether the text has an "@" or a "://": one pass over the bytes (every table cell goes through
    /// here; `String.contains(String)` goes through Foundation and cost a fifth of a large build).
    public static func mayHoldAddress(_ text: String) -> Bool {
        var colon = 0
        for byte in text.utf8 {
            switch byte {
            case 0x40: return true
            case 0x3A: colon = 1
            case 0x2F:
                if colon == 2 { return true }
                colon = colon == 1 ? 2 : 0
            default: colon = 0
            }
        }
        return false
    }

    /// An integer in decimal, as `String(value)` writes it.
    public mutating func write(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        guard magnitude > 0 else {
            bytes.append(0x30)
            return
        }
        let start = bytes.count
        while magnitude > 0 {
            bytes.append(UInt8(truncatingIfNeeded: magnitude % 10) + 0x30)
            magnitude /= 10
        }
        bytes[start...].reverse()
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
