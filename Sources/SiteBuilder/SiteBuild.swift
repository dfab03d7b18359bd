import Foundation
@_exported import PlanLoader
import PlanModel
import SiteRenderer

/// The build pipeline: load → check → render → stage → check links → swap into place.
public struct SiteBuild {
    public struct Options: Sendable {
        public var content: String
        public var templates: String
        public var output: String
        /// Make PDFs of the reports; nil follows site.yaml's `pdf` (default no).
        public var pdf: Bool?

        public init(content: String = "content", templates: String = "templates", output: String = "output", pdf: Bool? = nil) {
            self.content = content
            self.templates = templates
            self.output = output
            self.pdf = pdf
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// Files written, zero when the build stopped on errors.
        public var fileCount: Int
        public var pageCount: Int
    }

    /// Problems with the command line or the file system rather than the content (exit code 2).
    public struct UsageError: Error, CustomStringConvertible {
        public var description: String
    }

    let options: Options

    public init(_ options: Options) { self.options = options }

    /// Loads and checks the content without writing anything.
    public func check() -> [Diagnostic] { load().diagnostics }

    public func load() -> ContentLoader.Result { ContentLoader(path: options.content).load() }

    public func run() throws -> Outcome {
        let contentURL = URL(fileURLWithPath: options.content)
        let templatesURL = URL(fileURLWithPath: options.templates)
        let outputURL = URL(fileURLWithPath: options.output)
        do {
            try OutputGuard.check(output: outputURL, content: contentURL, templates: templatesURL)
        } catch {
            throw UsageError(description: "\(error)")
        }
        let loaded = ContentLoader(path: options.content).load()
        guard let plan = loaded.plan else { return Outcome(diagnostics: loaded.diagnostics, fileCount: 0, pageCount: 0) }
        let templates: TemplateSet
        do {
            templates = try TemplateSet(overrides: templatesURL, displayPath: options.templates)
        } catch let problem as TemplateSet.Problem {
            let location = SourceLocation(path: problem.path, line: problem.line, column: problem.column)
            return Outcome(diagnostics: loaded.diagnostics + [.error(location, problem.message)], fileCount: 0, pageCount: 0)
        }
        var pdf = options.pdf ?? plan.site.pdf
        var pdfProblems: [Diagnostic] = []
        if pdf && PDFRenderer.command() == nil {
            // The rest of the site is still built; its pages do not link to PDFs that cannot be made.
            pdf = false
            pdfProblems.append(.error(SourceLocation(path: options.content, line: 1, column: 1),
                                      "WeasyPrint is not installed, so no PDFs were made; \(PDFRenderer.installHint)"))
        }
        let renderer = SiteRenderer(plan: plan, templates: templates, options: .init(pdf: pdf))
        let files = try renderer.render()
        let stage = try StagedOutput(output: outputURL)
        do {
            var written = Set(files.map(\.path))
            // Written on all cores: a bilingual site is several hundred files.
            let writeErrors = Parallel.map(files.count) { i in Result { try stage.write(files[i].path, files[i].contents) } }
            for result in writeErrors { try result.get() }
            for asset in plan.assets {
                try stage.copy(contentURL.appendingPathComponent("assets").appendingPathComponent(asset), to: "assets/\(asset)")
                written.insert("assets/\(asset)")
            }
            let xmlProblems = XMLFiles.check(assets: plan.assets, in: contentURL.appendingPathComponent("assets"),
                                             displayPath: "\(options.content)/assets")
                + XMLFiles.checkEmitted(files, outputPath: options.output)
            if !xmlProblems.isEmpty {
                stage.discard()
                return Outcome(diagnostics: loaded.diagnostics + xmlProblems, fileCount: 0, pageCount: 0)
            }
            if pdf {
                let jobs = renderer.pdfDocuments.map { document in
                    PDFRenderer.Job(html: stage.staging.appendingPathComponent(document.source),
                                    pdf: stage.staging.appendingPathComponent(document.pdf), identifier: document.identifier)
                }
                pdfProblems += PDFRenderer.render(jobs).map {
                    .error(SourceLocation(path: options.content, line: 1, column: 1), $0)
                }
                // A missing PDF must not break the link check: pages link to what was written.
                for job in jobs {
                    try? FileManager.default.removeItem(at: job.html)
                    written.remove(String(job.html.path.dropFirst(stage.staging.path.count + 1)))
                    if FileManager.default.fileExists(atPath: job.pdf.path) {
                        written.insert(String(job.pdf.path.dropFirst(stage.staging.path.count + 1)))
                    }
                }
            }
            let pages = files.filter { $0.path.hasSuffix(".html") && written.contains($0.path) }
            let broken = LinkChecker(files: written).check(pages.map { ($0.path, $0.contents) })
            if !broken.isEmpty {
                stage.discard()
                // A link written in Markdown is reported where it is written; any other is hyte's own.
                var markdownLinks: [String: [SourceLocation]] = [:]
                for source in plan.markdownSources {
                    for link in source.links { markdownLinks[link.id, default: []].append(link.location) }
                }
                let diagnostics = Array(Set(broken.flatMap { broken -> [Diagnostic] in
                    if let places = markdownLinks[broken.link] {
                        return places.map { .error($0, "the link '\(broken.link)' leads to no page or file of the site",
                                                  hint: "link to a page as it appears in the site, e.g. ../../tavoitteet/<id>/, or to a file in assets/") }
                    }
                    return [.error(SourceLocation(path: "\(options.output)/\(broken.page)", line: 1, column: 1),
                                   "link to a page or file the build does not write: \(broken.link)")]
                })).sorted()
                return Outcome(diagnostics: loaded.diagnostics + diagnostics, fileCount: 0, pageCount: 0)
            }
            try stage.commit()
            // Without WeasyPrint the site is still published; the missing PDFs are reported as errors.
            return Outcome(diagnostics: loaded.diagnostics + pdfProblems, fileCount: written.count, pageCount: pages.count)
        } catch {
            stage.discard()
            throw error
        }
    }
}
