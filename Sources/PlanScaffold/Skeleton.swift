import Foundation
import Mustache
import PlanModel

/// The skeleton's templates (`Resources/skeleton/`, the tree `hyte new` writes, every file a
/// Mustache template) rendered for one region and language set, with a translation file beside
/// each Markdown file for every language after the first.
struct Skeleton {
    let region: RegionName
    let languages: [Language]
    let resources: URL

    /// The file the region's organisation is written from; its name becomes the region's id.
    static let regionTemplate = "content/organizations/region.yaml"

    /// The texts section of each Markdown folder that has translation files. Reports are written
    /// in one language, so `reports/` has none.
    static let translatedSections = ["focus-areas": "focus_area", "goals": "goal", "measures": "measure",
                                     "interfaces": "interface", "pages": "page"]

    func files() throws -> [ScaffoldFile] {
        let texts = try SkeletonTexts(yaml: String(contentsOf: resources.appendingPathComponent("texts.yaml"), encoding: .utf8))
        // The region's name is the only thing texts.yaml leaves open.
        let fill = { (text: String) in text.replacingOccurrences(of: "{{region}}", with: region.name) }
        let context = texts.context(languages, fill: fill).merging([
            "region_id": region.id,
            "region_name": region.name,
            "languages": "[" + languages.map(\.rawValue).joined(separator: ", ") + "]",
            "default_language": languages[0].rawValue,
            "default_language_name": Self.finnishName(languages[0]),
            "language_list": Self.finnishList(languages.map(Self.finnishName)),
        ]) { $1 }
        let folder = resources.appendingPathComponent("skeleton")
        let translation = try String(contentsOf: resources.appendingPathComponent("translation.md"), encoding: .utf8)
        var files: [ScaffoldFile] = []
        for template in try Self.paths(in: folder) {
            let text = try String(contentsOf: folder.appendingPathComponent(template), encoding: .utf8)
            let path = template == Self.regionTemplate ? "content/organizations/\(region.id).yaml" : template
            files.append(ScaffoldFile(path: path, contents: try Self.render(template: text, context)))
            let parts = path.split(separator: "/")
            guard parts.count == 3, let section = Self.translatedSections[String(parts[1])] else { continue }
            for language in languages.dropFirst() {
                files.append(try Self.translation(translation, of: path, section, language, texts, fill))
            }
        }
        return files
    }

    /// `<id>.<lang>.md` beside `path`: the translatable keys as plain text in `language`, and the body.
    static func translation(_ template: String, of path: String, _ section: String, _ language: Language,
                            _ texts: SkeletonTexts, _ fill: (String) -> String) throws -> ScaffoldFile {
        var context: [String: Any] = ["source": path, "language_name": finnishName(language)]
        for key in ["title", "summary"] {
            if let text = texts.text(section, key, language, fill: fill) { context[key] = YAMLScalar.quoted(text) }
        }
        context["body"] = texts.text(section, "body", language, fill: fill)
        return ScaffoldFile(path: String(path.dropLast(".md".count)) + ".\(language.rawValue).md",
                            contents: try render(template: template, context))
    }

    /// The files under `folder`, as sorted paths relative to it.
    static func paths(in folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else {
            throw ScaffoldError("the skeleton templates are missing from hyte's resources")
        }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            if walker.fileAttributes?[.type] as? FileAttributeType == .typeRegular { paths.append(path) }
        }
        return paths.sorted()
    }

    /// Renders a template as plain text: the files are YAML, Markdown and CSV, not HTML, so
    /// nothing is escaped (quoting is `YAMLScalar`'s job).
    static func render(template: String, _ context: [String: Any]) throws -> String {
        try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}\n" + template).render(context)
    }

    static func finnishName(_ language: Language) -> String {
        switch language {
        case .fi: "suomi"
        case .sv: "ruotsi"
        case .en: "englanti"
        }
    }

    /// "suomi, ruotsi ja englanti".
    static func finnishList(_ names: [String]) -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " ja " + names.last!
    }
}
