import Foundation
import PlanLoader
import PlanModel
@testable import SiteRenderer

/// Builds sites in memory for tests: from the fixture plans on disk, or from file texts.
enum TestSite {
    /// The example plan, `content/` at the repository's root.
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("content")

    /// `Tests/PlanLoaderTests/Fixtures/<name>/content` in the source tree.
    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("PlanLoaderTests/Fixtures/\(name)/content")
    }

    static func plan(_ root: URL) throws -> Plan {
        let result = ContentLoader(directory: root, displayPath: "content").load()
        guard let plan = result.plan else {  // warnings (e.g. missing translations) do not stop a build
            throw RenderError.resource("fixture has errors: \(result.diagnostics.map(\.description))")
        }
        return plan
    }

    /// Rendered pages by output path.
    static func render(_ plan: Plan) throws -> [String: String] {
        let files = try SiteRenderer(plan: plan, templates: try TemplateSet(overrides: nil)).render()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    /// The good fixture with some files replaced or added, rendered.
    static func render(editing edits: [String: String]) throws -> [String: String] {
        let source = fixture("good")
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-render-\(UUID().uuidString)/content")
        try FileManager.default.createDirectory(at: temp.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: temp)
        defer { try? FileManager.default.removeItem(at: temp.deletingLastPathComponent()) }
        for (path, text) in edits { try Data(text.utf8).write(to: temp.appendingPathComponent(path)) }
        return try render(plan(temp))
    }
}
