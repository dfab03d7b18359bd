/// A Markdown link to another content file, as authors write it on GitHub (`../goals/x.md`,
/// `tietoa.sv.md#yhteystiedot`). The loader finds the file; the site links that file's page instead.
public struct ContentLink: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case entity(EntityKind, String)
        /// A calendar file: the annual clock shows all of them on one page.
        case calendar
    }

    public var target: Target
    /// Set for a link to a translation file (`x.sv.md`): that language's page. nil: the page in the
    /// language of the page that links.
    public var language: Language?
    /// The heading the fragment names, by the language of the target's body ("" where that body has
    /// no such heading: the page itself). Empty when the fragment is not a heading's.
    public var anchors: [Language: String]
    /// The fragment as written, used where `anchors` has nothing to say.
    public var fragment: String?

    public init(target: Target, language: Language?, anchors: [Language: String] = [:], fragment: String? = nil) {
        self.target = target
        self.language = language
        self.anchors = anchors
        self.fragment = fragment
    }

    /// The fragment for the target's page whose body is in `language` (the fallback's when it has none).
    public func anchor(_ language: Language, fallback: Language) -> String? {
        if let anchor = anchors[language] ?? anchors[fallback] { return anchor.isEmpty ? nil : anchor }
        return fragment
    }
}
