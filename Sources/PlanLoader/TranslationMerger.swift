@_spi(Loading) import PlanModel
import Yams

/// Entities whose Markdown body (and some text fields) can be translated in `<id>.<lang>.md`.
protocol Translatable {
    var id: String { get }
    var body: LocalizedMarkdown { get set }
    /// Sets a translatable text field; `key` is one of the kind's translatable keys.
    mutating func setText(_ key: String, _ language: Language, _ text: String)
}

extension FocusArea: Translatable {
    mutating func setText(_ key: String, _ language: Language, _ text: String) {
        if key == "title" { title.values[language] = text }
        if key == "summary" { summary = summary ?? LocalizedText([:]); summary?.values[language] = text }
    }
}

extension Page: Translatable {
    mutating func setText(_ key: String, _ language: Language, _ text: String) {
        if key == "title" { title.values[language] = text }
        if key == "summary" { summary = summary ?? LocalizedText([:]); summary?.values[language] = text }
    }
}

extension Goal: Translatable {
    mutating func setText(_ key: String, _ language: Language, _ text: String) { title.values[language] = text }
}

extension Measure: Translatable {
    mutating func setText(_ key: String, _ language: Language, _ text: String) { title.values[language] = text }
}

extension Interface: Translatable {
    mutating func setText(_ key: String, _ language: Language, _ text: String) { title.values[language] = text }
}

extension Report: Translatable {
    mutating func setText(_ key: String, _ language: Language, _ text: String) { title.values[language] = text }
}

/// Merges `<id>.<lang>.md` files into the entities read from `<id>.md`.
struct TranslationMerger {
    let sink: DiagnosticSink
    let defaultLanguage: Language
    let languages: [Language]

    func apply<T: Translatable>(to entities: inout [T], folder: String, keys: [String], files: [KindReader.MarkdownFile]) {
        var index: [String: Int] = [:]
        for (i, entity) in entities.enumerated() { index[entity.id] = i }
        for file in files {
            let language = file.context.language
            let start = file.context.fileStart
            guard language != defaultLanguage else {
                sink.error(.translationLanguage, start, "'\(language.rawValue)' is the site's default language",
                           hint: "write this text in \(folder)/\(file.id).md")
                continue
            }
            guard languages.contains(language) else {
                sink.error(.translationLanguage, start, "'\(language.rawValue)' is not one of the site's languages",
                           hint: "add it to languages in site.yaml, or remove this file")
                continue
            }
            guard let i = index[file.id] else {
                sink.error(.orphanTranslation, start, "translation of a missing file \(folder)/\(file.id).md",
                           hint: Suggestion.closest(to: file.id, in: index.keys).map { "did you mean \(folder)/\($0).\(language.rawValue).md?" })
                continue
            }
            if let root = file.root, let map = Mapping(root, file.context, what: "the translation's front matter", allowed: keys) {
                for key in keys {
                    if let node = map[key], let text = file.context.string(node, key) { entities[i].setText(key, language, text) }
                }
            }
            entities[i].body.sources[language] = file.body
        }
    }
}
