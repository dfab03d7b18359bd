import Foundation
import PlanModel
import Yams

/// The words of the new plan in every language (`Resources/texts.yaml`): by section (one per
/// skeleton file), by key, a text per language, or a list of such texts.
struct SkeletonTexts {
    enum Entry: Equatable {
        case text([Language: String])
        case list([[Language: String]])
    }

    let sections: [String: [String: Entry]]

    /// Sections written in the default language only: a report is in one language.
    static let oneLanguage: Set<String> = ["report"]

    init(yaml: String) throws {
        guard case .mapping(let root)? = try Yams.compose(yaml: yaml) else { throw ScaffoldError("texts.yaml is not a mapping") }
        var sections: [String: [String: Entry]] = [:]
        for (name, section) in root {
            guard case .mapping(let keys) = section else { throw ScaffoldError("texts.yaml: section '\(name.string ?? "")' is not a mapping") }
            var entries: [String: Entry] = [:]
            for (key, value) in keys {
                let path = "\(name.string ?? "").\(key.string ?? "")"
                if case .sequence(let items) = value {
                    entries[key.string ?? ""] = .list(try items.map { try Self.translations($0, path) })
                } else {
                    entries[key.string ?? ""] = .text(try Self.translations(value, path))
                }
            }
            sections[name.string ?? ""] = entries
        }
        self.sections = sections
    }

    static func translations(_ node: Node, _ path: String) throws -> [Language: String] {
        guard case .mapping(let map) = node else { throw ScaffoldError("texts.yaml: '\(path)' is not a map by language") }
        var values: [Language: String] = [:]
        for (code, text) in map {
            guard let language = code.string.flatMap(Language.init(rawValue:)), let text = text.string else {
                throw ScaffoldError("texts.yaml: '\(path)' has a value that is not text in fi, sv or en")
            }
            values[language] = text
        }
        return values
    }

    /// The texts as the templates use them: `{{section.key}}` is a YAML value (see `YAMLScalar`),
    /// a list is a list of YAML values, and `{{section.body}}` is the Markdown after the front
    /// matter, in the default language. `fill` puts in the region's name.
    func context(_ languages: [Language], fill: (String) -> String) -> [String: Any] {
        var context: [String: Any] = [:]
        for (name, entries) in sections {
            let written = Self.oneLanguage.contains(name) ? [languages[0]] : languages
            var values: [String: Any] = [:]
            for (key, entry) in entries {
                switch entry {
                case .text(let texts) where key == "body": values[key] = Self.markdown(fill(texts[languages[0]] ?? ""))
                case .text(let texts): values[key] = YAMLScalar.text(texts.mapValues(fill), written)
                case .list(let items): values[key] = items.map { YAMLScalar.text($0.mapValues(fill), written) }
                }
            }
            context[name] = values
        }
        return context
    }

    /// One text of a section in one language, as written: a Markdown body or a plain text.
    func text(_ section: String, _ key: String, _ language: Language, fill: (String) -> String) -> String? {
        guard case .text(let texts)? = sections[section]?[key], let text = texts[language] else { return nil }
        return key == "body" ? Self.markdown(fill(text)) : fill(text)
    }

    /// A body without the line break YAML's `|` keeps at its end: the template ends the file.
    static func markdown(_ text: String) -> String {
        var text = text
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
