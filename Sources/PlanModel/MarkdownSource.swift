/// A Markdown body as written, with where it starts in its file (after the front matter),
/// so that blocks inside it can be reported at their real line.
public struct MarkdownSource: Hashable, Sendable {
    public var text: String
    public var path: String
    /// The file line of the body's first line.
    public var firstLine: Int
    /// Chart and table blocks by the Markdown line (relative to the body) of their opening fence.
    public var blocks: [Int: ContentBlock]
    /// Links and images written in the body, with where (so a broken one is reported at its line).
    public var links: [Reference] = []
    /// The links to other content files (`../goals/x.md`) by the address as written, found by the loader.
    public var contentLinks: [String: ContentLink] = [:]

    public init(text: String, path: String, firstLine: Int, blocks: [Int: ContentBlock] = [:]) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
        self.blocks = blocks
    }

    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}

/// A Markdown body per language: the default file and its `<id>.<lang>.md` translations.
public struct LocalizedMarkdown: Hashable, Sendable {
    public var sources: [Language: MarkdownSource]

    public init(_ sources: [Language: MarkdownSource]) { self.sources = sources }

    public func resolve(_ language: Language, fallback: Language) -> (source: MarkdownSource, language: Language)? {
        if let s = sources[language] { return (s, language) }
        if let s = sources[fallback] { return (s, fallback) }
        return nil
    }
}
