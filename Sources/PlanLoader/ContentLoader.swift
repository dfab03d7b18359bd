import Foundation
import PlanModel
import Yams

/// Loads a content folder into a `Plan`, collecting every problem of the run.
public struct ContentLoader {
    public struct Result: Sendable {
        /// nil when there are errors.
        public var plan: Plan?
        public var diagnostics: [Diagnostic]
    }

    let directory: ContentDirectory
    /// Set by a live preview to parse only the YAML that changed since the last load.
    public var yamlCache: YAMLCache?

    /// `path` is shown in messages as given (e.g. `content`).
    public init(path: String) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        directory = ContentDirectory(root: URL(fileURLWithPath: trimmed).standardizedFileURL, displayPath: trimmed)
    }

    /// Reads `directory`, naming files in messages as `displayPath/...` (tests use a fixed name for a temporary folder).
    public init(directory: URL, displayPath: String) {
        self.directory = ContentDirectory(root: directory.standardizedFileURL, displayPath: displayPath)
    }

    public func load() -> Result {
        let sink = DiagnosticSink()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            sink.error(.noContentFolder, SourceLocation(path: directory.displayPath, line: 1, column: 1), "the content folder does not exist",
                       hint: "run hyte in the plan repository, or name the folder with --content")
            return Result(plan: nil, diagnostics: sink.diagnostics)
        }
        directory.checkTopLevel(sink: sink)
        let siteFile = ContentDirectory.File(relativePath: "site.yaml", displayPath: directory.displayPath("site.yaml"),
                                             url: directory.root.appendingPathComponent("site.yaml"))
        var site: Site?
        var language = Language.fi
        if FileManager.default.fileExists(atPath: siteFile.url.path) {
            if let text = directory.text(siteFile, sink: sink) {
                let root = YAMLText.parse(text, path: siteFile.displayPath, firstLine: 1, sink: sink)
                let context = FileContext(path: siteFile.displayPath, lineOffset: 0, sink: sink, language: .fi)
                let languages = SiteDecoder.languages(root, context)
                language = languages[0]
                site = SiteDecoder.decode(root, FileContext(path: siteFile.displayPath, lineOffset: 0, sink: sink, language: language))
            }
        } else {
            sink.error(.noSiteFile, SourceLocation(path: siteFile.displayPath, line: 1, column: 1), "site.yaml is missing",
                       hint: "every plan needs content/site.yaml with its title, region, term, languages and base_url")
        }
        var reader = KindReader(directory: directory, sink: sink, language: language,
                                languages: site?.languages ?? [language])
        reader.yamlCache = yamlCache
        let plan = reader.readAll(site: site)
        if let plan {
            PlanChecks(plan: plan, sink: sink, csvAreas: reader.csvAreas, dataFiles: reader.dataFiles, presentIDs: reader.presentIDs).run()
            // Missing translations show in the default language: one warning per language, the list on request.
            let audit = TranslationAudit(plan)
            for language in plan.site.languages.dropFirst() {
                let files = audit.byFile(language)
                guard !files.isEmpty else { continue }
                let count = files.reduce(0) { $0 + $1.fields.count }
                var warning = Diagnostic.warning(.missingTranslations, plan.site.languagesLocation ?? plan.site.location,
                                                 "\(count) texts in \(files.count) files have no '\(language.rawValue)' translation and show in '\(plan.site.defaultLanguage.rawValue)'",
                                                 hint: "run hyte check --translations for the list")
                warning.category = .translation
                sink.add(warning)
            }
        }
        let diagnostics = sink.diagnostics
        return Result(plan: diagnostics.hasErrors ? nil : plan, diagnostics: diagnostics)
    }
}
