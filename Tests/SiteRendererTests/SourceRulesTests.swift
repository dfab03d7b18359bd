import Foundation
import Testing

/// Rules of the house that the compiler cannot see, checked on the source text.
@Suite struct SourceRulesTests {
    static func swiftSources() throws -> [(path: String, lines: [Substring])] {
        let all = UIStringTests.files("", ".swift")
        return try all.map { url in
            (url.path.replacingOccurrences(of: UIStringTests.sources.path + "/", with: ""),
             try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false))
        }
    }

    /// What a page reads travels in its scope (`PlanReader`), never beside it: per-thread or per-task
    /// storage is state nobody can see from the call.
    @Test func noThreadLocalState() throws {
        let banned = ["pthread_getspecific", "pthread_setspecific", "pthread_key_create", "@TaskLocal", "threadDictionary"]
        var found: [String] = []
        for (path, lines) in try Self.swiftSources() {
            for (number, line) in lines.enumerated() where banned.contains(where: line.contains) {
                found.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(found == [])
        #expect(try Self.swiftSources().count > 100, "the sources were found")
    }

    /// Pages are written by the templates, the folder a plan overrides: Swift writes no page
    /// structure (data tables and charts, which have no template, are written by TableHTML and ChartHTML).
    @Test func noPageMarkupInSwift() throws {
        let banned = ["<main", "<nav", "<header", "<footer", "<body", "<h1"]
        var found: [String] = []
        for (path, lines) in try Self.swiftSources() {
            for (number, line) in lines.enumerated() where banned.contains(where: line.contains) {
                found.append("\(path):\(number + 1)")
            }
        }
        #expect(found == [])
    }

    /// A piece of markup has one writer: no built-in template for the pieces Swift writes.
    @Test func noTemplateForWhatSwiftWrites() throws {
        let templates = UIStringTests.files("SiteRenderer/Resources/templates", ".mustache").map(\.lastPathComponent)
        #expect(templates.count >= 17)
        for piece in ["table.mustache", "cell.mustache", "chart.mustache"] { #expect(!templates.contains(piece)) }
    }
}
