/// A site language. The first language of `site.yaml` is the default.
public enum Language: String, Sendable, Hashable, CaseIterable, Comparable {
    case fi, sv, en

    public static func < (a: Language, b: Language) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A text field: a plain string in the default language, or one text per language.
public struct LocalizedText: Hashable, Sendable {
    /// Texts by language; a plain string is stored under the plan's default language.
    public var values: [Language: String]

    public init(_ values: [Language: String]) { self.values = values }

    public init(_ text: String, language: Language) { self.values = [language: text] }

    /// The text in `language`, or the fallback's when it is missing, with the language it is in.
    public func resolve(_ language: Language, fallback: Language) -> (text: String, language: Language)? {
        if let text = values[language] { return (text, language) }
        if let text = values[fallback] { return (text, fallback) }
        if let first = values.keys.sorted().first { return (values[first]!, first) }
        return nil
    }

}
