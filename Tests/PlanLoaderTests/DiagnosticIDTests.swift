import Foundation
import PlanModel
import Testing

/// The ids of the kinds of problem are a contract with CI tools: each is documented in
/// docs/content-format.md ("Error ids"), in the order `DiagnosticID` declares them.
@Suite struct DiagnosticIDTests {
    @Test func everyIDIsDocumented() throws {
        let docs = try String(contentsOf: ContentSchemaTests.contentRoot.deletingLastPathComponent()
            .appendingPathComponent("docs/content-format.md"), encoding: .utf8)
        let section = try #require(docs.range(of: "### Error ids")).upperBound
        let table = docs[section...].split(separator: "\n## ", maxSplits: 1)[0]
        let documented = table.matches(of: /\n\| `([a-z0-9-]+)` \|/).map { String($0.1) }
        #expect(documented == DiagnosticID.allCases.map(\.rawValue))
        #expect(Set(documented).count == documented.count)
    }
}
