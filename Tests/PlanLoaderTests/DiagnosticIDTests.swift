import Foundation
import PlanModel
import Testing

/// The ids of the kinds of problem are a contract with CI tools: each is declared once, listed in
/// `DiagnosticID.all`, and documented in docs/content-format.md ("Error ids").
@Suite struct DiagnosticIDTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyIDIsDeclaredListedAndDocumented() throws {
        let source = try String(contentsOf: Self.root.appendingPathComponent("Sources/PlanModel/DiagnosticID.swift"), encoding: .utf8)
        let declared = source.matches(of: /static let \w+ = DiagnosticID\("([a-z0-9-]+)"\)/).map { String($0.1) }
        let listed = DiagnosticID.all.map(\.rawValue)
        #expect(declared.count == Set(declared).count, "an id is declared twice")
        #expect(Set(listed) == Set(declared))
        #expect(listed.count == declared.count)

        let docs = try String(contentsOf: Self.root.appendingPathComponent("docs/content-format.md"), encoding: .utf8)
        let section = try #require(docs.range(of: "### Error ids")).upperBound
        let table = docs[section...].prefix { _ in true }.split(separator: "\n## ", maxSplits: 1)[0]
        let documented = table.matches(of: /\n\| `([a-z0-9-]+)` \|/).map { String($0.1) }
        #expect(documented == listed, "docs/content-format.md lists the ids in DiagnosticID.all's order")
    }
}
