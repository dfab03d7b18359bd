import Foundation
import HyteBase
import Markdown
@_spi(Loading) import PlanModel
import Yams

/// Reads the files of every kind folder into entities; translations are merged into their entities.
struct KindReader {
    let directory: ContentDirectory
    let sink: DiagnosticSink
    let language: Language
    let languages: [Language]
    var yamlCache: YAMLCache?
    /// Areas named in each data file, for checking against the organisations.
    private(set) var csvAreas: [Reference] = []
    /// Indicator ids that have a data file.
    private(set) var dataFiles: Set<String> = []
    /// Ids of every file read per folder, including files that had errors: references to them
    /// are not reported again as dangling.
    private(set) var presentIDs: [String: Set<String>] = [:]
    /// Names of every well-named file per folder (`x.md`, `x.sv.md`, `y.yaml`), for links to them.
    private(set) var fileNames: [String: Set<String>] = [:]

    init(directory: ContentDirectory, sink: DiagnosticSink, language: Language, languages: [Language]) {
        self.directory = directory
        self.sink = sink
        self.language = language
        self.languages = languages
    }

    mutating func readAll(site: Site?) -> Plan? {
        let organizations = yamlFiles("organizations").compactMap { OrganizationDecoder.decode(id: $0.id, $0.root, $0.context) }
        var indicators = yamlFiles("indicators").compactMap { IndicatorDecoder.decode(id: $0.id, $0.root, $0.context) }
        let bodies = yamlFiles("bodies").compactMap { BodyDecoder.decode(id: $0.id, $0.root, $0.context) }
        let events = yamlFiles("calendar").flatMap { CalendarDecoder.decode(file: $0.id, $0.root, $0.context) }

        var focusAreas = markdownFiles("focus-areas").compactMap { FocusAreaDecoder.decode(id: $0.id, $0.root, $0.context, body: $0.body) }
        var goals = markdownFiles("goals").compactMap { GoalDecoder.decode(id: $0.id, $0.root, $0.context, body: $0.body) }
        var measures = markdownFiles("measures").compactMap { MeasureDecoder.decode(id: $0.id, $0.root, $0.context, body: $0.body) }
        var interfaces = markdownFiles("interfaces").compactMap { InterfaceDecoder.decode(id: $0.id, $0.root, $0.context, body: $0.body) }
        let languages = self.languages
        var reports = markdownFiles("reports").compactMap {
            ReportDecoder.decode(id: $0.id, $0.root, $0.context, body: $0.body, languages: languages)
        }
        var pages = markdownFiles("pages").compactMap { PageDecoder.decode(id: $0.id, $0.root, $0.context, body: $0.body) }

        readData(into: &indicators)
        checkUnique(events.map { Reference($0.id, at: $0.location) }, what: "event id")
        let translations = TranslationMerger(sink: sink, defaultLanguage: language, languages: self.languages)
        translations.apply(to: &focusAreas, folder: "focus-areas", keys: FocusAreaDecoder.translatable, files: translationFiles["focus-areas"] ?? [])
        translations.apply(to: &goals, folder: "goals", keys: GoalDecoder.translatable, files: translationFiles["goals"] ?? [])
        translations.apply(to: &measures, folder: "measures", keys: MeasureDecoder.translatable, files: translationFiles["measures"] ?? [])
        translations.apply(to: &interfaces, folder: "interfaces", keys: InterfaceDecoder.translatable, files: translationFiles["interfaces"] ?? [])
        translations.apply(to: &reports, folder: "reports", keys: ReportDecoder.translatable, files: translationFiles["reports"] ?? [])
        translations.apply(to: &pages, folder: "pages", keys: PageDecoder.translatable, files: translationFiles["pages"] ?? [])
        resolveLinks(focusAreas: &focusAreas, goals: &goals, measures: &measures, interfaces: &interfaces,
                     reports: &reports, pages: &pages)
        let assets = directory.allFiles(below: "assets", sink: sink).map { String($0.relativePath.dropFirst("assets/".count)) }
        guard let site else { return nil }
        Self.fillBaselines(&goals, indicators: indicators, region: site.region.id)
        return Plan(site: site, organizations: organizations, focusAreas: focusAreas, goals: goals, measures: measures,
                    indicators: indicators, bodies: bodies, events: events, interfaces: interfaces, reports: reports,
                    pages: pages, assets: assets)
    }

    /// Links such as `../goals/x.md` in every body, once all files (and translations) are known.
    private func resolveLinks(focusAreas: inout [FocusArea], goals: inout [Goal], measures: inout [Measure],
                              interfaces: inout [Interface], reports: inout [Report], pages: inout [Page]) {
        let (f, g, m, i, r, p) = (focusAreas, goals, measures, interfaces, reports, pages)
        var resolver = ContentLinkResolver(sink: sink, defaultLanguage: language, fileNames: fileNames) {
            func byID<T: Identifiable>(_ items: [T], _ body: KeyPath<T, LocalizedMarkdown>) -> [String: LocalizedMarkdown] where T.ID == String {
                Dictionary(items.map { ($0.id, $0[keyPath: body]) }, uniquingKeysWith: { first, _ in first })
            }
            return ["focus-areas": byID(f, \.body), "goals": byID(g, \.body), "measures": byID(m, \.body),
                    "interfaces": byID(i, \.body), "reports": byID(r, \.body), "pages": byID(p, \.body)]
        }
        resolver.resolve(&focusAreas, body: \.body)
        resolver.resolve(&goals, body: \.body)
        resolver.resolve(&measures, body: \.body)
        resolver.resolve(&interfaces, body: \.body)
        resolver.resolve(&reports, body: \.body)
        resolver.resolve(&pages, body: \.body)
    }

    // MARK: Files of a kind

    struct YAMLFile {
        var id: String
        var root: Node?
        var context: FileContext
    }

    struct MarkdownFile {
        var id: String
        var root: Node?
        var context: FileContext
        var body: MarkdownSource
    }

    private mutating func yamlFiles(_ folder: String) -> [YAMLFile] {
        directory.files(in: folder, sink: sink).compactMap { file in
            guard let id = fileID(file, extension: "yaml") else { return nil }
            presentIDs[folder, default: []].insert(id)
            fileNames[folder, default: []].insert(file.url.lastPathComponent)
            guard let text = directory.text(file, sink: sink) else { return nil }
            let context = FileContext(path: file.displayPath, lineOffset: 0, sink: sink, language: language)
            let root = YAMLText.parse(text, path: file.displayPath, firstLine: 1, sink: sink, cache: yamlCache)
            // Blank or only comments: no syntax error, no data; say so rather than dropping the file.
            if root == nil, Self.parsesAsEmpty(text) {
                sink.error(.emptyFile, context.fileStart, "the file is empty", hint: "write the keys of this kind, or remove the file")
            }
            return root == nil ? nil : YAMLFile(id: id, root: root, context: context)
        }
    }

    /// True for YAML with no document in it (blank, or only comments), as opposed to a syntax error.
    static func parsesAsEmpty(_ text: String) -> Bool {
        guard YAMLAliasGuard.overflow(in: text) == nil else { return false }  // composing it again would hang
        do { return try Yams.compose(yaml: text, .default, .default, .utf8) == nil } catch { return false }
    }

    /// `<id>.<lang>.md` files by folder, collected while reading the default files.
    private(set) var translationFiles: [String: [MarkdownFile]] = [:]

    private mutating func markdownFiles(_ folder: String) -> [MarkdownFile] {
        var result: [MarkdownFile] = []
        let files = directory.files(in: folder, sink: sink)
        // Read and parsed on all cores (a plan may have thousands of pages); problems are sorted at the end.
        let (directory, sink, cache, defaultLanguage) = (directory, sink, yamlCache, language)
        let parsed: [(root: Node?, context: FileContext, body: MarkdownSource)?] = Parallel.map(files.count) { i in
            let file = files[i]
            let parts = file.url.lastPathComponent.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            // Only the files the loop below reads: a misnamed file is reported by name, not parsed.
            guard Self.isMarkdownName(parts) else { return nil }
            let language = parts.count == 3 ? Language(rawValue: parts[1]) ?? defaultLanguage : defaultLanguage
            return directory.text(file, sink: sink).flatMap {
                Self.parseMarkdown($0, file: file, language: language, sink: sink, cache: cache)
            }
        }
        for (file, parsed) in zip(files, parsed) {
            let name = file.url.lastPathComponent
            let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 3, parts[2] == "md" {
                guard Language(rawValue: parts[1]) != nil else {
                    sink.error(.translationLanguage, SourceLocation(path: file.displayPath, line: 1, column: 1),
                               "'\(parts[1])' is not a language code in the file name",
                               hint: "name translations <id>.sv.md or <id>.en.md")
                    continue
                }
            } else if fileID(file, extension: "md") == nil {
                continue
            }
            let id = parts[0]
            guard parts.count != 3 || checkID(id, file) else { continue }
            if parts.count == 2 { presentIDs[folder, default: []].insert(id) }
            fileNames[folder, default: []].insert(name)
            guard let parsed else { continue }
            let markdown = MarkdownFile(id: id, root: parsed.root, context: parsed.context, body: parsed.body)
            if parts.count == 3 {
                translationFiles[folder, default: []].append(markdown)
            } else {
                result.append(markdown)
            }
        }
        return result
    }

    private static func parseMarkdown(_ text: String, file: ContentDirectory.File, language: Language, sink: DiagnosticSink,
                                      cache yamlCache: YAMLCache?) -> (root: Node?, context: FileContext, body: MarkdownSource)?
    {
        let start = SourceLocation(path: file.displayPath, line: 1, column: 1)
        switch FrontMatter.split(text) {
        case .failure(.missingOpening):
            sink.error(.frontMatter, start, "the file does not start with front matter",
                       hint: "begin the file with a line '---', the keys (title: …), and another '---' line")
            return nil
        case .failure(.unclosed):
            sink.error(.frontMatter, start, "the front matter is not closed", hint: "add a line '---' after the last key")
            return nil
        case .success(let front):
            let context = FileContext(path: file.displayPath, lineOffset: front.yamlFirstLine - 1, sink: sink, language: language)
            let root = YAMLText.parse(front.yaml, path: file.displayPath, firstLine: front.yamlFirstLine, sink: sink, cache: yamlCache)
            if root == nil && front.yaml.contains(where: { !$0.isWhitespace }) { return nil }
            var body = MarkdownSource(text: front.body, path: file.displayPath, firstLine: front.bodyFirstLine)
            // One parse serves both: the chart/table blocks and the links (for reporting broken ones at their line).
            let hasBlocks = BlockDecoder.mayHaveBlocks(front.body)
            if hasBlocks || front.body.containsBytes("](") || front.body.containsBytes("]:") {
                let document = MarkdownDocument(front.body)
                if hasBlocks { body.blocks = BlockDecoder.blocks(in: body, document: document, sink: sink, language: language) }
                let links = document.links()
                let columns = links.isEmpty ? nil : LinkColumns(front.body)
                body.links = links.map {
                    Reference($0.url, at: SourceLocation(path: file.displayPath, line: front.bodyFirstLine + $0.line - 1,
                                                         column: columns?.column(line: $0.line, byteColumn: $0.column) ?? 1))
                }
            }
            return (root, context, body)
        }
    }

    /// The id of `<id>.<ext>`; nil (with an error) for other names.
    /// `<id>.md` or `<id>.<lang>.md` with a valid id and language: the names `markdownFiles` reads.
    static func isMarkdownName(_ parts: [String]) -> Bool {
        if parts.count == 3, parts[2] == "md" { return Language(rawValue: parts[1]) != nil && Identifier.isValid(parts[0]) }
        return parts.count == 2 && parts[1] == "md" && Identifier.isValid(parts[0])
    }

    private func fileID(_ file: ContentDirectory.File, extension ext: String) -> String? {
        let name = file.url.lastPathComponent
        guard name.hasSuffix(".\(ext)") else {
            sink.error(.unexpectedFile, SourceLocation(path: file.displayPath, line: 1, column: 1),
                       "unexpected file in \(file.relativePath.split(separator: "/")[0])/",
                       hint: "files here are named <id>.\(ext)")
            return nil
        }
        let id = String(name.dropLast(ext.count + 1))
        return checkID(id, file) ? id : nil
    }

    private func checkID(_ id: String, _ file: ContentDirectory.File) -> Bool {
        guard Identifier.isValid(id) else {
            sink.error(.invalidID, SourceLocation(path: file.displayPath, line: 1, column: 1), "'\(id)' is not a valid id",
                       hint: "name the file with lowercase a–z, 0–9 and '-', starting with a letter, e.g. \(Self.suggestedID(id))")
            return false
        }
        return true
    }

    static func suggestedID(_ text: String) -> String {
        let folded = text.lowercased().map { c -> String in
            switch c {
            case "ä", "å": return "a"
            case "ö": return "o"
            case "a"..."z", "0"..."9": return String(c)
            default: return "-"
            }
        }.joined()
        let trimmed = folded.split(separator: "-").joined(separator: "-")
        return trimmed.first?.isLetter == true ? trimmed : "x-" + trimmed
    }

    // MARK: Data

    /// A baseline written without a value takes the observation of its year.
    static func fillBaselines(_ goals: inout [Goal], indicators: [Indicator], region: String) {
        var byID: [String: Indicator] = [:]
        for indicator in indicators { byID[indicator.id] = indicator }
        for g in goals.indices {
            for t in goals[g].targets.indices where goals[g].targets[t].baseline.value == nil {
                let target = goals[g].targets[t]
                goals[g].targets[t].baseline.value = byID[target.indicator.id]?.value(
                    area: target.area?.id ?? region, year: target.baseline.year, group: target.group)
            }
        }
    }

    private mutating func readData(into indicators: inout [Indicator]) {
        var byID: [String: Int] = [:]
        for (i, indicator) in indicators.enumerated() { byID[indicator.id] = i }
        let files = directory.files(in: "data", sink: sink)
        let (directory, sink, all, known) = (directory, sink, indicators, byID)
        let withErrors = presentIDs["indicators"] ?? []
        // Read, parsed and indexed on all cores: a national plan has 1.8 million rows in 120 files.
        // Only files the loop below uses are parsed, so a misnamed file is reported by name alone.
        let parsed: [(csv: ObservationCSV, indicator: Indicator?)?] = Parallel.map(files.count) { i in
            let file = files[i]
            let name = file.url.lastPathComponent
            let id = String(name.dropLast(4))
            guard name.hasSuffix(".csv"), Identifier.isValid(id), known[id] != nil || withErrors.contains(id),
                  let text = directory.text(file, sink: sink) else { return nil }
            let csv = ObservationCSV(text: text, path: file.displayPath, sink: sink)
            var indicator = known[id].map { all[$0] }
            indicator?.observations = csv.observations
            return (csv, indicator)
        }
        for (file, parsed) in zip(files, parsed) {
            guard let id = fileID(file, extension: "csv") else { continue }
            guard let index = byID[id] else {
                // The indicator file exists but had errors: its data's own rows were still checked.
                if withErrors.contains(id) { continue }
                sink.error(.orphanData, SourceLocation(path: file.displayPath, line: 1, column: 1), "no indicator '\(id)' for this data file",
                           hint: Suggestion.closest(to: id, in: byID.keys).map { "did you mean data/\($0).csv?" }
                               ?? "add indicators/\(id).yaml or rename the file")
                continue
            }
            guard let parsed, let indicator = parsed.indicator else { continue }
            indicators[index] = indicator
            csvAreas += parsed.csv.areaReferences
            dataFiles.insert(id)
        }
    }

    private func checkUnique(_ references: [Reference], what: String) {
        var first: [String: SourceLocation] = [:]
        for reference in references {
            if let earlier = first[reference.id] {
                sink.error(.duplicateID, reference.location, "the \(what) '\(reference.id)' is used twice",
                           hint: "the first is at \(earlier); give this one another id")
            } else {
                first[reference.id] = reference.location
            }
        }
    }
}
