import CCmarkGFM
import Foundation
import HyteBase

/// A fenced code block such as ```` ```chart ````, with its 1-based line in the Markdown text.
public struct FencedBlock: Sendable, Hashable {
    public var info: String
    public var literal: String
    /// The line of the opening fence.
    public var line: Int
    /// The column of the opening fence: indentation and list or quote markers before it are cut
    /// from the block's lines too, so a column in `literal` plus `column - 1` is the column in the file.
    public var column: Int = 1
}

/// A heading of a rendered body, for tables of contents.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var text: String
    public var id: String
}

/// GitHub Flavored Markdown parsed by cmark-gfm. Owns its node tree; one per thread.
public final class MarkdownDocument {
    private let root: OpaquePointer
    private let parser: OpaquePointer

    // The core extensions must be registered once before they can be found by name.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    public init(_ text: String) {
        _ = Self.registered
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT)!
        for name in Self.extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        text.withCString { pointer in cmark_parser_feed(parser, pointer, strlen(pointer)) }
        self.parser = parser
        root = cmark_parser_finish(parser)
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    /// Every link and image target with where it is written (1-based line in the Markdown text, and
    /// the UTF-8 byte column of its `[` on that line).
    public func links() -> [(url: String, line: Int, column: Int)] {
        (nodes(of: CMARK_NODE_LINK) + nodes(of: CMARK_NODE_IMAGE)).map { node in
            (cmark_node_get_url(node).map { String(cString: $0) } ?? "", Int(cmark_node_get_start_line(node)),
             Int(cmark_node_get_start_column(node)))
        }.sorted { ($0.line, $0.column, $0.url) < ($1.line, $1.column, $1.url) }
    }

    /// Every fenced code block whose info string's first word is one of `infos`.
    public func fencedBlocks(_ infos: Set<String>) -> [FencedBlock] {
        nodes(of: CMARK_NODE_CODE_BLOCK).compactMap { block(from: $0, infos) }
    }

    /// Renders HTML. `replace` turns a handled fenced block into HTML of our own; raw HTML written in
    /// the Markdown is dropped unless `unsafeHTML`; links with script schemes lose their link;
    /// `rewrite` gives a link or image target written in the Markdown the address to use instead (nil:
    /// keep it; cmark escapes what it returns); headings shift so the body's top level is `h2` below
    /// the page's `h1`.
    public func renderHTML(unsafeHTML: Bool, blockInfos: Set<String> = [], rewrite: ((String) -> String?)? = nil,
                           replace: (FencedBlock) throws -> String = { _ in "" }) rethrows -> String
    {
        for node in nodes(of: CMARK_NODE_CODE_BLOCK) {
            guard let block = block(from: node, blockInfos) else { continue }
            let html = cmark_node_new(CMARK_NODE_HTML_BLOCK)
            let replacement: String
            do {
                replacement = try replace(block)
            } catch {
                cmark_node_free(html)
                throw error
            }
            cmark_node_set_literal(html, Self.ownMarker + replacement + "\n")
            cmark_node_replace(node, html)
            cmark_node_free(node)
        }
        if !unsafeHTML {
            for node in nodes(of: CMARK_NODE_HTML_BLOCK) + nodes(of: CMARK_NODE_HTML_INLINE) where !isOurs(node) {
                cmark_node_unlink(node)
                cmark_node_free(node)
            }
        }
        for node in nodes(of: CMARK_NODE_LINK) + nodes(of: CMARK_NODE_IMAGE) {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if let rewrite, let replaced = rewrite(url) {
                cmark_node_set_url(node, replaced)
            } else if !URLPolicy.isSafe(url) {
                unwrap(node)
            }
        }
        breakAddresses()
        wrapTables()
        shiftHeadings()
        // Our own HTML (charts, tables) is trusted; user HTML was removed above when not allowed.
        let options = CMARK_OPT_UNSAFE
        guard let html = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// The headings in document order with ids made from their text (unique within the document,
    /// prefixed so they never clash with the page's own ids). Call after `renderHTML`, then `anchor`.
    public func headings(prefix: String = "h-") -> [Heading] {
        var used: Set<String> = []
        // The next number to try per slug: counting from 2 again for every repeat was quadratic
        // in a long page whose headings repeat.
        var next: [String: Int] = [:]
        return nodes(of: CMARK_NODE_HEADING).map { node in
            let text = plainText(node)
            let slug = Self.slug(text)
            var id = prefix + slug
            var n = next[slug] ?? 2
            while !used.insert(id).inserted {
                id = prefix + slug + "-\(n)"
                n += 1
            }
            next[slug] = n
            return Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: id)
        }
    }

    /// Gives each rendered `<hN>` the id of its heading, in order.
    public static func anchor(_ html: String, _ headings: [Heading]) -> String {
        guard !headings.isEmpty else { return html }
        // One pass over the UTF-8 bytes: searching the rest of the String again for every heading
        // went through Foundation's UTF-16 offsets and took minutes on a page of 10 MB.
        var html = html
        return html.withUTF8 { bytes in
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + headings.count * 24)
            var position = 0
            for heading in headings {
                let tag = Array("<h\(heading.level)>".utf8)
                guard let found = firstIndex(of: tag, in: bytes, from: position) else { break }
                result.append(contentsOf: bytes[position..<found])
                result.append(contentsOf: "<h\(heading.level) id=\"\(heading.id)\">".utf8)
                position = found + tag.count
            }
            result.append(contentsOf: bytes[position...])
            return String(decoding: result, as: UTF8.self)
        }
    }

    private static func firstIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = start
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0] && bytes[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    /// Lowercase ASCII words joined by '-': "Lasten ja nuorten hyvinvointi" → "lasten-ja-nuorten-hyvinvointi".
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            switch character {
            case "ä", "å": slug.append("a")
            case "ö": slug.append("o")
            case "a"..."z", "0"..."9": slug.append(character)
            default: if !slug.isEmpty && slug.last != "-" { slug.append("-") }
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "section" : slug
    }

    private func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }

    /// Text with an e-mail or web address becomes our own inline HTML with line-break opportunities
    /// in the address (`MarkupBuffer.writeEscapedBreakingAddresses`), so it wraps on a phone instead of
    /// widening the page or breaking inside a word. Headings keep their text (their ids come from it).
    private func breakAddresses() {
        for node in nodes(of: CMARK_NODE_TEXT) {
            guard let literal = cmark_node_get_literal(node) else { continue }
            let text = String(cString: literal)
            guard MarkupBuffer.mayHoldAddress(text), !inHeading(node) else { continue }
            var buffer = MarkupBuffer()
            buffer.writeEscapedBreakingAddresses(text)
            let html = cmark_node_new(CMARK_NODE_HTML_INLINE)
            cmark_node_set_literal(html, buffer.text)
            cmark_node_replace(node, html)
            cmark_node_free(node)
        }
    }

    /// A GFM table in a scrolling box of its own, focusable so a keyboard can scroll it: an author's
    /// table may have more columns than a phone is wide, and then it scrolls, not the page.
    private func wrapTables() {
        // The GFM table extension's node type is not in the installed headers; its name is.
        let tables = nodes { node in cmark_node_get_type_string(node).map { strcmp($0, "table") == 0 } ?? false }
        for table in tables {
            let open = cmark_node_new(CMARK_NODE_HTML_BLOCK)
            cmark_node_set_literal(open, "<div class=\"table-scroll\" tabindex=\"0\">\n")
            cmark_node_insert_before(table, open)
            let close = cmark_node_new(CMARK_NODE_HTML_BLOCK)
            cmark_node_set_literal(close, "</div>\n")
            cmark_node_insert_after(table, close)
        }
    }

    private func inHeading(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_HEADING { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    private func isOurs(_ node: OpaquePointer) -> Bool {
        // Blocks we inserted carry a marker comment no user text can produce through cmark.
        guard let literal = cmark_node_get_literal(node) else { return false }
        return String(cString: literal).hasPrefix(Self.ownMarker)
    }

    static let ownMarker = "<!--hyte-->"

    private func block(from node: OpaquePointer, _ infos: Set<String>) -> FencedBlock? {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(node, &length, &offset, &character) != 0 else { return nil }
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        guard infos.contains(word) else { return nil }
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        return FencedBlock(info: word, literal: literal, line: Int(cmark_node_get_start_line(node)),
                           column: Int(cmark_node_get_start_column(node)))
    }

    private func nodes(of type: cmark_node_type) -> [OpaquePointer] {
        nodes { cmark_node_get_type($0) == type }
    }

    /// The nodes in document order that `matches` picks, collected before any is changed.
    private func nodes(where matches: (OpaquePointer) -> Bool) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if matches(node) { found.append(node) }
        }
        return found
    }

    /// Moves a node's children in its place and removes it (a link keeps its text).
    private func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    private func shiftHeadings() {
        let headings = nodes(of: CMARK_NODE_HEADING)
        guard let top = headings.map({ cmark_node_get_heading_level($0) }).min(), top < 2 else { return }
        let shift = 2 - top
        for heading in headings {
            cmark_node_set_heading_level(heading, min(6, cmark_node_get_heading_level(heading) + shift))
        }
    }
}
