/// Finished markup that a template places whole (a chart, a data table): `TableHTML` and
/// `ChartHTML` write it, and a template only says where it goes (`{{{.html}}}`).
struct Fragment: Encodable {
    var html: String

    init(_ html: String) { self.html = html }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(html)
    }
}

/// Markup that many pages share byte for byte: the top of the site header, its search and
/// navigation, the footer. Its own template renders it once per distinct view (per language, folder
/// depth and current section, a few dozen in a site) instead of once per page: every variable costs
/// swift-mustache a few microseconds, and the chrome was 60 % of a plain page's template time.
struct SharedFragment: Encodable {
    /// The template that writes it.
    var template: String
    /// What it shows: equal views give equal markup, so the view is the key.
    var view: any Encodable & Hashable & Sendable

    /// Only `TemplateEncoder` places it (as a fragment); any other encoder sees nothing.
    func encode(to encoder: any Encoder) throws {}
}

/// The fragments of one page while its templates render. Mustache renders each section into a string
/// of its own that the level above copies again, so a card's hundred charts were copied once per
/// nesting level; the templates get a short placeholder instead and `fill` puts each fragment in
/// once, at the end.
///
/// A placeholder is a number between two NUL characters. Content cannot bring one: YAML does not
/// allow NUL, and cmark-gfm turns it into U+FFFD.
final class Fragments {
    private var parts: [String] = []
    /// Renders a `SharedFragment` (once per distinct view, see `TemplateSet`); nil where no template
    /// set renders (a view encoded on its own), and then a shared fragment is left out.
    let shared: ((SharedFragment) throws -> String)?

    init(shared: ((SharedFragment) throws -> String)? = nil) { self.shared = shared }

    func placeholder(_ html: String) -> String {
        parts.append(html)
        return "\u{0}\(parts.count - 1)\u{0}"
    }

    /// The page with every placeholder replaced by its fragment.
    func fill(_ page: String) -> String {
        guard !parts.isEmpty else { return page }
        var page = page
        return page.withUTF8 { bytes -> String in
            var out = ""
            out.reserveCapacity(bytes.count + parts.reduce(0) { $0 + $1.utf8.count })
            var start = 0
            var i = 0
            while let open = bytes[i...].firstIndex(of: 0) {
                guard let close = bytes[(open + 1)...].firstIndex(of: 0) else { break }
                // Not a fragment's number: its closing NUL may open the next placeholder.
                guard let index = Self.number(bytes[(open + 1)..<close]), index < parts.count else {
                    i = close
                    continue
                }
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<open]), as: UTF8.self)
                out += parts[index]
                i = close + 1
                start = i
            }
            out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
            return out
        }
    }

    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !digits.isEmpty, digits.count < 10 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
