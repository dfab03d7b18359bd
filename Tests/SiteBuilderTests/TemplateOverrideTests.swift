import Foundation
import PlanModel
import Testing
@testable import SiteBuilder

/// A plan's templates folder overrides exactly what it names: the example site built with every
/// built-in template replaced by a copy that marks itself carries the marks on every page, and is
/// otherwise the same bytes as the default build. The guard for folding the hand-written page writers
/// into the templates (issue 16): whichever path renders a page, an override must reach it.
@Suite struct TemplateOverrideTests {
    static let builtIn = BuildTests.repository.appendingPathComponent("Sources/SiteRenderer/Resources/templates")

    @Test func markedCopiesOfEveryTemplateMarkEveryPageAndChangeNothingElse() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-marked-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let marked = work.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: marked, withIntermediateDirectories: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.builtIn.path).filter { $0.hasSuffix(".mustache") }.sorted()
        #expect(names.count >= 17)
        for name in names {
            let text = try String(contentsOf: Self.builtIn.appendingPathComponent(name), encoding: .utf8)
            try ("<!--mark:\(name.dropLast(".mustache".count))-->" + text).write(to: marked.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let content = BuildTests.repository.appendingPathComponent("content").path
        let plain = try SiteBuild(.init(content: content, templates: work.appendingPathComponent("none").path,
                                        output: work.appendingPathComponent("plain").path, search: false)).run()
        let overridden = try SiteBuild(.init(content: content, templates: marked.path,
                                             output: work.appendingPathComponent("marked").path, search: false)).run()
        #expect(!plain.diagnostics.hasErrors && !overridden.diagnostics.hasErrors)
        let before = try BuildTests.snapshot(work.appendingPathComponent("plain"))
        let after = try BuildTests.snapshot(work.appendingPathComponent("marked"))
        #expect(Set(before.keys) == Set(after.keys))

        let mark = try Regex("<!--mark:([a-z-]+)-->")
        var seen: Set<String> = []
        var unmarked: [String] = []
        var changed: [String] = []
        for (path, data) in after.sorted(by: { $0.key < $1.key }) {
            let text = String(decoding: data, as: UTF8.self)
            let marks = Set(text.matches(of: mark).compactMap { $0.output[1].substring.map(String.init) })
            seen.formUnion(marks)
            // A page is written by the layout, or, for a print document, by the report template.
            if path.hasSuffix(".html") && !marks.contains("layout") && !marks.contains("report") { unmarked.append(path) }
            if Data(text.replacing(mark, with: "").utf8) != before[path] { changed.append(path) }
        }
        #expect(unmarked.isEmpty, "pages no override reached: \(unmarked.prefix(5))")
        #expect(changed.isEmpty, "pages that differ beyond the marks: \(changed.prefix(5))")
        #expect(seen == Set(names.map { String($0.dropLast(".mustache".count)) }), "templates no page used: \(Set(names.map { String($0.dropLast(9)) }).subtracting(seen))")
    }
}
