import ArgumentParser
import SiteBuilder

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content as a build would, writing nothing. Exit 0 when clean, 1 on content errors.")

    @OptionGroup var plan: ContentOption

    func run() throws {
        let code = DiagnosticPrinter.report(SiteBuild(.init(content: plan.content)).check())
        if code != .success { throw code }
        print("hyte: \(plan.content) is valid")
    }
}
