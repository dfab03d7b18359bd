import Foundation
import HyteCLI
import Inspect
import Testing
@testable import SiteBuilder

/// Links to content files (`yhteystiedot.md`, `../goals/x.sv.md`) in a whole build: the emitted pages
/// link the built pages, the link checker finds nothing broken, and `hyte check` reports a missing file.
@Suite struct ContentLinkBuildTests {
    static func workspace(tietoa: String) throws -> URL {
        let root = try BuildTests.workspace()
        let pages = root.appendingPathComponent("content/pages")
        try Data("---\ntitle: Tietoa\n---\n\(tietoa)".utf8).write(to: pages.appendingPathComponent("tietoa.md"))
        try Data("---\ntitle: Yhteystiedot\n---\n## Palaute\n\nKirjoita meille.\n".utf8)
            .write(to: pages.appendingPathComponent("yhteystiedot.md"))
        return root
    }

    static let links = "Katso [yhteystiedot](yhteystiedot.md#palaute), [tavoite](../goals/mielenterveys.md)\n"
        + "ja [på svenska](../goals/mielenterveys.sv.md).\n"

    @Test func builtPagesLinkTheBuiltPages() throws {
        let root = try Self.workspace(tietoa: Self.links)
        defer { try? FileManager.default.removeItem(at: root) }
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        // The link checker ran over every page and found nothing broken.
        #expect(outcome.diagnostics.contentProblems.map(\.description) == [])
        #expect(outcome.fileCount > 0)
        let output = root.appendingPathComponent("output")
        let fi = try String(contentsOf: output.appendingPathComponent("tietoa/index.html"), encoding: .utf8)
        #expect(fi.contains("<a href=\"../yhteystiedot/#h-palaute\">yhteystiedot</a>"))
        #expect(fi.contains("<a href=\"../tavoitteet/mielenterveys/\">tavoite</a>"))
        #expect(fi.contains("<a href=\"../sv/tavoitteet/mielenterveys/\">på svenska</a>"))
        let sv = try String(contentsOf: output.appendingPathComponent("sv/tietoa/index.html"), encoding: .utf8)
        #expect(sv.contains("<a href=\"../tavoitteet/mielenterveys/\">tavoite</a>"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("sv/tavoitteet/mielenterveys/index.html").path))
        // Same input, same bytes.
        let again = try SiteBuild(BuildTests.options(root, output: "again")).run()
        #expect(again.diagnostics.contentProblems.isEmpty)
        #expect(try BuildTests.snapshot(output) == BuildTests.snapshot(root.appendingPathComponent("again")))
    }

    @Test func checkReportsALinkToAMissingFile() throws {
        let root = try Self.workspace(tietoa: "Rivi.\n\nKatso [tavoite](../goals/mielenterveyss.md).\n")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(SiteBuild(BuildTests.options(root)).check().contentProblems.map(\.description) == [
            "\(root.path)/content/pages/tietoa.md:6:7: error: the link '../goals/mielenterveyss.md' leads to goals/mielenterveyss.md, which does not exist; did you mean '../goals/mielenterveys.md'?",
        ])
        #expect(HyteCommand.run(["check", "--content", root.appendingPathComponent("content").path]) == 1)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
    }
}
