import ArgumentParser
import PlanModel
import SiteBuilder

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content as a build would, writing nothing. Exit 0 when clean, 1 on content errors.")

    @OptionGroup var plan: ContentOption

    @Option(help: "How to print problems: text, github (workflow annotations on the changed line) or gitlab (Code Quality JSON).")
    var format: DiagnosticFormat = .text

    @Flag(help: "List every text not yet translated, per language and file.")
    var translations = false

    func run() throws {
        let loaded = SiteBuild(.init(content: plan.content)).load()
        if translations, let plan = loaded.plan {
            print(TranslationReport.render(TranslationAudit(plan), languages: Array(plan.site.languages.dropFirst())), terminator: "")
        }
        let diagnostics = loaded.diagnostics
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
