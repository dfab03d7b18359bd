import Foundation
import PlanModel
import Testing
@testable import SiteBuilder

/// Hostile content: escaped or dropped, never leaving the site or the content folder.
@Suite struct SecurityTests {
    @Test(arguments: ["../../../../etc/passwd", "/etc/passwd", "../../../outside.png", "file:///etc/passwd"])
    func linksLeavingTheSiteAreRefused(_ target: String) throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("---\ntitle: Tietoa\n---\n[x](\(target)) ![kuva](\(target))\n".utf8)
            .write(to: root.appendingPathComponent("content/pages/tietoa.md"))
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        if target.hasPrefix("file:") {
            // Not a web link: the link is dropped (its text stays), nothing is published.
            let page = try String(contentsOf: root.appendingPathComponent("output/tietoa/index.html"), encoding: .utf8)
            #expect(!page.contains("file:"))
        } else {
            #expect(outcome.fileCount == 0)
            #expect(outcome.diagnostics.contentProblems.allSatisfy { $0.location.path.hasSuffix("content/pages/tietoa.md") && $0.location.line == 4 })
            #expect(!outcome.diagnostics.contentProblems.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("outside.png").path))
    }

    @Test func scriptInTextFieldsIsEscapedEverywhere() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>"
        let organization = root.appendingPathComponent("content/organizations/oolahti.yaml")
        try Data("name: \"\(hostile)\"\nkind: municipality\ncontacts:\n  - name: \"\(hostile)\"\n    email: hyte@oolahti.example.fi\n".utf8)
            .write(to: organization)
        let goal = root.appendingPathComponent("content/goals/mielenterveys.md")
        try Data(try String(contentsOf: goal, encoding: .utf8)
            .replacingOccurrences(of: "title: Nuorten mielenterveys paranee", with: "title: \"\(hostile)\"").utf8).write(to: goal)
        let outcome = try SiteBuild(BuildTests.options(root)).run()
        #expect(outcome.diagnostics.contentProblems == [])
        // Markup is where text could run; JSON, CSV and calendars carry it as data.
        for (path, data) in try BuildTests.snapshot(root.appendingPathComponent("output"))
        where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".svg") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>alert"), "\(path)")
            #expect(!text.contains("<img src=x onerror"), "\(path)")
        }
    }
}
