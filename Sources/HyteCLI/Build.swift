import ArgumentParser
import Foundation
import SiteBuilder

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the website into the output folder. A failed build leaves the previous output untouched.")

    @OptionGroup var plan: ContentOption

    @OptionGroup var templateOption: TemplatesOption
    var templates: String { templateOption.templates }

    @Option(help: "The output folder; replaced as a whole when the build succeeds.")
    var output = "output"

    @Flag(inversion: .prefixedNo, help: "Render every report to PDF/A with WeasyPrint (default: site.yaml's pdf, else no).")
    var pdf: Bool?

    @Flag(help: "Also check links to other sites over the network (warnings; off by default).")
    var external = false

    @Flag(inversion: .prefixedNo, help: "Build the search index with Pagefind when it is installed (default: yes).")
    var search = true

    @Flag(help: "After the summary, print how long each stage of the build took.")
    var timings = false

    func run() throws {
        let outcome = try SiteBuild(.init(content: plan.content, templates: templates, output: output, pdf: pdf, search: search, external: external)).run()
        let code = DiagnosticPrinter.report(outcome.diagnostics)
        if code != .success {
            // Missing PDFs do not stop the site: it was written, and saying otherwise would mislead.
            let said = outcome.fileCount > 0
                ? "hyte: wrote \(outcome.pageCount) pages (\(outcome.fileCount) files) to \(output), but with the errors above\n"
                : "hyte: build failed; \(output) was left as it was\n"
            FileHandle.standardError.write(Data(said.utf8))
            if timings { StageTimings.print(outcome.timings) }
            throw code
        }
        print("hyte: wrote \(outcome.pageCount) pages (\(outcome.fileCount) files)\(outcome.searchIndexed ? " and a search index" : "") to \(output)")
        if timings { StageTimings.print(outcome.timings) }
    }
}

/// `--timings`: one line per stage that ran, in milliseconds, on standard error with hyte's other
/// messages, so standard output stays what scripts read.
enum StageTimings {
    static func render(_ timings: [StageTiming]) -> String {
        let width = timings.map(\.stage.count).max() ?? 0
        let digits = timings.map { String($0.milliseconds).count }.max() ?? 0
        return timings.map { timing in
            let name = timing.stage.padding(toLength: width, withPad: " ", startingAt: 0)
            let ms = String(timing.milliseconds)
            return "hyte: \(name) \(String(repeating: " ", count: digits - ms.count))\(ms) ms\n"
        }.joined()
    }

    static func print(_ timings: [StageTiming]) {
        FileHandle.standardError.write(Data(render(timings).utf8))
    }
}
