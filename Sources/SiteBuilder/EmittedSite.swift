import Foundation
import HyteBase
import Inspect
import PlanModel
import SiteRenderer

/// What the build keeps of each file it writes: the path, and for a page only its links and ids
/// (read back with libxml2), so the link check needs no page text in memory. Fed from many threads.
final class EmittedSite: Sendable {
    private struct Kept {
        var paths: Set<String> = []
        var pages: [String: HTMLInspector] = [:]
        var xmlProblems: [Diagnostic] = []
    }

    private let kept = Locked(Kept())
    let outputPath: String
    /// Pages are hyte's own markup (no template overridden): read back by the byte scanner.
    let ownMarkup: Bool

    init(outputPath: String, ownMarkup: Bool = false) {
        self.outputPath = outputPath
        self.ownMarkup = ownMarkup
    }

    func record(_ file: OutputFile) {
        let inspected = !file.path.hasSuffix(".html") ? nil
            : ownMarkup ? HTMLInspector(ownHTML: file.contents) : HTMLInspector(html: file.contents)
        let problem = XMLFiles.checkEmitted(file, outputPath: outputPath)
        kept.withLock { kept in
            kept.paths.insert(file.path)
            if let inspected { kept.pages[file.path] = inspected }
            if let problem { kept.xmlProblems.append(problem) }
        }
    }

    var files: Set<String> {
        kept.withLock { $0.paths }
    }

    /// The pages among `published`, in path order.
    func pages(in published: Set<String>) -> [(path: String, inspector: HTMLInspector)] {
        kept.withLock { kept in
            kept.pages.filter { published.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
    }

    var problems: [Diagnostic] {
        kept.withLock { $0.xmlProblems.sorted() }
    }
}
