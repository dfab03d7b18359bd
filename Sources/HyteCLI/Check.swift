import ArgumentParser
import PlanModel
import SiteBuilder

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, templates and every internal link as a build would, writing nothing. Exit 0 when clean, 1 on content errors.")

    @OptionGroup var plan: ContentOption

    @Option(help: "How to print problems: text, github (workflow annotations on the changed line) or gitlab (Code Quality JSON).")
    var format: DiagnosticFormat = .text

    @OptionGroup var templateOption: TemplatesOption
    var templates: String { templateOption.templates }

    @Flag(help: "Also check links to other sites over the network (warnings; off by default).")
    var external = false

    @Flag(help: "List every text not yet translated, per language and file.")
    var translations = false

    @Flag(help: "After the result, print how long each stage of the check took.")
    var timings = false

    func run() throws {
        let build = SiteBuild(.init(content: plan.content, templates: templates, external: external))
        if translations, let plan = build.load().plan {
            print(TranslationReport.render(TranslationAudit(plan), languages: Array(plan.site.languages.dropFirst())), terminator: "")
        }
        let (diagnostics, stages) = build.checkTimed()
        switch format {
        case .text:
            let code = DiagnosticPrinter.report(diagnostics)
            if code == .success { print("hyte: \(plan.content) is valid") }
            if timings { StageTimings.print(stages) }
            if code != .success { throw code }
        case .github, .gitlab:
            // Annotations go to standard output, where CI reads them.
            print(format.render(diagnostics, content: plan.content), terminator: "")
            if timings { StageTimings.print(stages) }
            if diagnostics.hasErrors { throw ExitCode.contentErrors }
        }
    }
}
