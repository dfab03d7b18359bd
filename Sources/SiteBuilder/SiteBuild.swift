import Foundation
import PlanLoader
import PlanModel

/// `hyte build` and `hyte check`: the pipeline's stages (`Pipeline.build`, `Pipeline.check`) over a
/// fresh context, and what the command line is told of the run.
public struct SiteBuild {
    public struct Options: Sendable {
        public var content: String
        public var templates: String
        public var output: String
        /// Make PDFs of the reports; nil follows site.yaml's `pdf` (default no).
        public var pdf: Bool?
        /// Build the Pagefind search index when Pagefind is installed.
        public var search: Bool
        /// Also check the links to other sites (network; warnings only).
        public var external: Bool

        public init(content: String = "content", templates: String = "templates", output: String = "output", pdf: Bool? = nil,
                    search: Bool = true, external: Bool = false) {
            self.content = content
            self.templates = templates
            self.output = output
            self.pdf = pdf
            self.search = search
            self.external = external
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// Files written, zero when the build stopped on errors.
        public var fileCount: Int
        public var pageCount: Int
        /// Whether the site got its Pagefind search index.
        public var searchIndexed = false
        /// Each stage that ran, in order.
        public var timings: [StageTiming] = []
    }

    /// Problems with the command line or the file system rather than the content: the command line
    /// reports them apart from content errors.
    public struct UsageError: Error, CustomStringConvertible {
        public var description: String
    }

    let options: Options

    public init(_ options: Options) { self.options = options }

    /// The content as the load stage reads it (`hyte check --translations` needs the plan alone).
    public func load() -> ContentLoader.Result {
        ContentLoader(path: options.content).load()
    }

    /// What `hyte check` runs: everything a build checks (content, templates, the XML it writes and
    /// every internal link): the site is rendered and read back as a build does, but nothing is written.
    public func check() -> [Diagnostic] {
        checkTimed().diagnostics
    }

    /// `check()` with the time each stage took.
    public func checkTimed() -> (diagnostics: [Diagnostic], timings: [StageTiming]) {
        var context = BuildContext(options, mode: .check)
        // Its render stage reports a failure as a diagnostic and nothing else of it throws; were
        // something to, it is reported the same way, as there is nothing written to clean up.
        do { try Pipeline.check.run(&context) } catch {
            context.stop([.run(.error, .renderFailed, "could not render the site: \(error)")])
        }
        return (context.diagnostics, context.timings)
    }

    public func run() throws -> Outcome {
        do {
            try OutputGuard.check(output: URL(fileURLWithPath: options.output), content: URL(fileURLWithPath: options.content),
                                  templates: URL(fileURLWithPath: options.templates))
        } catch {
            throw UsageError(description: "\(error)")
        }
        var context = BuildContext(options, mode: .build)
        do {
            try Pipeline.build.run(&context)
        } catch {
            context.staging?.discard()
            throw error
        }
        if context.stopped {
            context.staging?.discard()
            return Outcome(diagnostics: context.diagnostics, fileCount: 0, pageCount: 0, timings: context.timings)
        }
        // Without WeasyPrint the site is still published; the missing PDFs are reported as errors.
        return Outcome(diagnostics: context.diagnostics, fileCount: context.published.count, pageCount: context.pageCount,
                       searchIndexed: context.searchIndexed, timings: context.timings)
    }
}
