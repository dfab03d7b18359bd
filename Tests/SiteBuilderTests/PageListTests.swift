import Foundation
import Testing
@testable import SiteBuilder

/// Free pages are linked from every page's footer while they are few; past the limit the footer
/// links their list instead, so a page does not grow with the number of pages.
@Suite struct PageListTests {
    @Test func manyFreePagesAreListedOnTheirOwnPage() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let pages = root.appendingPathComponent("content/pages")
        for n in 1...11 {
            try Data("---\ntitle: Sivu \(n)\nsummary: Tiivistelmä \(n).\n---\nTeksti \(n).\n".utf8)
                .write(to: pages.appendingPathComponent("sivu-\(n).md"))
        }
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        #expect(outcome.diagnostics.contentProblems.filter { $0.severity == .error } == [])
        let output = root.appendingPathComponent("output")
        let goal = try String(contentsOf: output.appendingPathComponent("tavoitteet/mielenterveys/index.html"), encoding: .utf8)
        #expect(goal.contains("<li><a href=\"../../sivut/\">Sivut</a></li>"))
        #expect(!goal.contains("sivu-1/"))
        let list = try String(contentsOf: output.appendingPathComponent("sivut/index.html"), encoding: .utf8)
        for n in 1...11 { #expect(list.contains("<a href=\"../sivu-\(n)/\">Sivu \(n)</a>")) }
        #expect(list.contains("<a href=\"../tietoa/\">Tietoa</a>"))
        let swedish = try String(contentsOf: output.appendingPathComponent("sv/sivut/index.html"), encoding: .utf8)
        #expect(swedish.contains("<h1>Sidor</h1>"))
    }

    @Test func aFewFreePagesAreInTheFooter() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SiteBuild(BuildTests.options(root)).run()
        let output = root.appendingPathComponent("output")
        let goal = try String(contentsOf: output.appendingPathComponent("tavoitteet/mielenterveys/index.html"), encoding: .utf8)
        #expect(goal.contains("<li><a href=\"../../tietoa/\">Tietoa</a></li>"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("sivut").path))
    }
}
