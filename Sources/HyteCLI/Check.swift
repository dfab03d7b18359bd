import ArgumentParser
import SiteBuilder

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content as a build would, writing nothing. Exit 0 when clean, 1 on content errors.")

    @OptionGroup var plan: ContentOption

    @Option(help: "How to print problems: text, github (workflow annotations on the changed line) or gitlab (Code Quality JSON).")
    var format: DiagnosticFormat = .text

    func run() throws {
        let diagnostics = SiteBuild(.init(content: plan.content)).check()
        switch format {
        case .text:
            let code = DiagnosticPrinter.report(diagnostics)
            if code != .success { throw code }
            print("hyte: \(plan.content) is valid")
        case .github, .gitlab:
            // Annotations go to standard output, where CI reads them.
            print(format.render(diagnostics), terminator: "")
            if diagnostics.hasErrors { throw ExitCode(1) }
        }
    }
}
