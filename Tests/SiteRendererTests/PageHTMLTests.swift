import Foundation
import Testing
@testable import SiteRenderer

/// `PageHTML` writes the common pages without Mustache; every page must come out byte for byte as the
/// built-in templates write it.
@Suite struct PageHTMLTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    static func bothWays(_ content: URL) throws -> (direct: [String: String], mustache: [String: String]) {
        let plan = try TestSite.plan(content)
        func render(_ templates: TemplateSet) throws -> [String: String] {
            // With PDFs: report pages link them, and their print sources are rendered too.
            Dictionary(uniqueKeysWithValues: try SiteRenderer(plan: plan, templates: templates, options: .init(pdf: true)).render()
                .map { ($0.path, $0.contents) })
        }
        return (try render(TemplateSet(overrides: nil)), try render(TemplateSet(overrides: nil, direct: false)))
    }

    @Test(arguments: ["example", "good"])
    func directPagesMatchTheTemplates(_ site: String) throws {
        let (direct, mustache) = try Self.bothWays(site == "example" ? Self.example : TestSite.fixture(site))
        #expect(direct.keys.sorted() == mustache.keys.sorted())
        let differing = direct.keys.filter { direct[$0] != mustache[$0] }.sorted()
        #expect(differing.count == 0, "e.g. \(differing.prefix(5))")
        // The first difference on a page of each kind, to see what the direct writer got wrong.
        var kinds: Set<String> = []
        for path in differing {
            guard let a = direct[path], let b = mustache[path] else { continue }
            let kind = a.components(separatedBy: "<body class=\"").dropFirst().first?.prefix { $0 != "\"" } ?? ""
            guard kinds.insert(String(kind)).inserted else { continue }
            // The first differing line, to see what the direct writer got wrong.
            let (x, y) = (a.components(separatedBy: "\n"), b.components(separatedBy: "\n"))
            if let line = zip(x, y).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
                Issue.record("\(path) line \(line.offset + 1):\n direct:   \(line.element.0)\n mustache: \(line.element.1)")
            } else {
                Issue.record("\(path): \(x.count) lines direct, \(y.count) through Mustache")
            }
        }
        // Every kind the direct writer handles is among the pages compared.
        for kind in ["page-measure", "page-municipality", "page-organization", "page-indicator", "page-goal", "page-report print-document"]
            where site == "example" {
            #expect(direct.values.contains { $0.contains("<body class=\"\(kind)\"") }, "no \(kind) page")
        }
    }

    @Test func anOverriddenPartTurnsTheDirectWriterOff() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-pagehtml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try TemplateSet(overrides: folder).fastPages)
        try "{{#.facts}}{{.term}}{{/.facts}}".write(to: folder.appendingPathComponent("facts.mustache"), atomically: true, encoding: .utf8)
        #expect(try !TemplateSet(overrides: folder).fastPages)
    }
}
