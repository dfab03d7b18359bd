/// Reads the links and ids of HTML that hyte wrote with its own templates, by scanning tags byte by
/// byte: every attribute value is quoted and escaped, there are no comments with markup in them, and
/// `<script>` and `<style>` hold no tags. It gives what `HTMLInspector` (libxml2) gives on such pages
/// (a test compares the two on every page of the example) in a fraction of the time; a site built with
/// templates of its own is read with libxml2. Returns nil when it meets something it does not expect
/// (an entity other than the five hyte writes and numeric ones), so the caller can ask libxml2.
public enum HTMLScanner {
    public static func scan(_ html: String) -> (links: [String], ids: Set<String>)? {
        var text = html
        return text.withUTF8 { scan(bytes: $0) }
    }

    private static func scan(bytes b: UnsafeBufferPointer<UInt8>) -> (links: [String], ids: Set<String>)? {
        var links: [String] = []
        var ids: Set<String> = []
        let n = b.count
        var i = 0
        while i < n {
            guard b[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
            let next = b[i + 1]
            if next == UInt8(ascii: "!") {
                // A comment or the doctype: to its end.
                if i + 3 < n, b[i + 2] == UInt8(ascii: "-"), b[i + 3] == UInt8(ascii: "-") {
                    i = find(b, "-->", from: i + 4).map { $0 + 3 } ?? n
                } else {
                    while i < n, b[i] != UInt8(ascii: ">") { i += 1 }
                }
                continue
            }
            guard isLetter(next) else { i += 1; continue }
            // A start tag: its name, then its attributes up to '>'.
            var j = i + 1
            while j < n, isNameByte(b[j]) { j += 1 }
            let nameRange = (i + 1, j)
            while j < n, b[j] != UInt8(ascii: ">") {
                if isSpace(b[j]) || b[j] == UInt8(ascii: "/") { j += 1; continue }
                let nameStart = j
                while j < n, !isSpace(b[j]), b[j] != UInt8(ascii: "="), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "/") { j += 1 }
                let attributeRange = (nameStart, j)
                while j < n, isSpace(b[j]) { j += 1 }
                guard j < n, b[j] == UInt8(ascii: "=") else { continue }
                j += 1
                while j < n, isSpace(b[j]) { j += 1 }
                guard j < n else { break }
                var valueStart = j, valueEnd = j
                if b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                    let quote = b[j]
                    valueStart = j + 1
                    valueEnd = valueStart
                    while valueEnd < n, b[valueEnd] != quote { valueEnd += 1 }
                    j = Swift.min(valueEnd + 1, n)
                } else {
                    while valueEnd < n, !isSpace(b[valueEnd]), b[valueEnd] != UInt8(ascii: ">") { valueEnd += 1 }
                    j = valueEnd
                }
                let isID = named(b, attributeRange, "id")
                guard isID || named(b, attributeRange, "href") || named(b, attributeRange, "src") else { continue }
                guard let value = decode(b, valueStart, valueEnd) else { return nil }
                if isID { ids.insert(value) } else { links.append(value) }
            }
            i = j + 1
            // Raw text: no tags inside until the element's end tag.
            if named(b, nameRange, "script") {
                i = find(b, "</script", from: i) ?? n
            } else if named(b, nameRange, "style") {
                i = find(b, "</style", from: i) ?? n
            }
        }
        return (links, ids)
    }

    private static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }
    private static func isNameByte(_ c: UInt8) -> Bool { !isSpace(c) && c != UInt8(ascii: ">") && c != UInt8(ascii: "/") }

    /// Whether the bytes in `range` spell `word` (lowercase ASCII), in any case; no string is made.
    private static func named(_ b: UnsafeBufferPointer<UInt8>, _ range: (Int, Int), _ word: StaticString) -> Bool {
        guard range.1 - range.0 == word.utf8CodeUnitCount else { return false }
        let w = word.utf8Start
        for k in 0..<word.utf8CodeUnitCount {
            let c = b[range.0 + k]
            if (c >= 65 && c <= 90 ? c + 32 : c) != w[k] { return false }
        }
        return true
    }

    private static func find(_ b: UnsafeBufferPointer<UInt8>, _ needle: String, from: Int) -> Int? {
        let pattern = Array(needle.utf8)
        var i = from
        while i + pattern.count <= b.count {
            if b[i] == pattern[0] {
                var k = 1
                while k < pattern.count, b[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The attribute value with its character references replaced; nil for a named one other than the
    /// five hyte writes (libxml2 knows all of HTML's).
    private static func decode(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(to - from)
        var i = from
        while i < to {
            guard b[i] == UInt8(ascii: "&") else { bytes.append(b[i]); i += 1; continue }
            guard let end = (i..<to).first(where: { b[$0] == UInt8(ascii: ";") }) else { return nil }
            let entity = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<end]), as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch entity {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                } else {
                    return nil
                }
            }
            guard let scalar else { return nil }
            bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
            i = end + 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
