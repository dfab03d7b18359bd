import ArgumentParser
import SiteBuilder

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content as a build would, writing nothing. Exit 0 when clean, 1 on content errors.")

    @Option(help: "The content folder.")
    var content = "content"

    func validate() throws {
        guard FileManagerCheck.isDirectory(content) else {
            throw ValidationError("no content folder at '\(content)'; run hyte in a plan repository or name it with --content")
        }
    }

    func run() throws {
        let code = DiagnosticPrinter.report(SiteBuild(.init(content: content)).check())
        if code != .success { throw code }
        print("hyte: \(content) is valid")
    }
}
