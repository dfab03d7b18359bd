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

    func run() throws {
        let outcome = try SiteBuild(.init(content: plan.content, templates: templates, output: output, pdf: pdf, search: search, external: external)).run()
        let code = DiagnosticPrinter.report(outcome.diagnostics)
        if code != .success {
            // Missing PDFs do not stop the site: it was written, and saying otherwise would mislead.
            let said = outcome.fileCount > 0
                ? "hyte: wrote \(outcome.pageCount) pages (\(outcome.fileCount) files) to \(output), but with the errors above\n"
                : "hyte: build failed; \(output) was left as it was\n"
            FileHandle.standardError.write(Data(said.utf8))
            throw code
        }
        print("hyte: wrote \(outcome.pageCount) pages (\(outcome.fileCount) files)\(outcome.searchIndexed ? " and a search index" : "") to \(output)")
    }
}
