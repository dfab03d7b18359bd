import Foundation
import Inspect
import PlanModel
import SiteRenderer

/// What the build keeps of each file it writes: the path, and for a page only its links and ids
/// (read back with libxml2), so the link check needs no page text in memory. Fed from many threads.
final class EmittedSite: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var pages: [String: HTMLInspector] = [:]
    private var xmlProblems: [Diagnostic] = []
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
        lock.lock()
        defer { lock.unlock() }
        paths.insert(file.path)
        if let inspected { pages[file.path] = inspected }
        if let problem { xmlProblems.append(problem) }
    }

    var files: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }

    /// The pages among `published`, in path order.
    func pages(in published: Set<String>) -> [(path: String, inspector: HTMLInspector)] {
        lock.lock()
        defer { lock.unlock() }
        return pages.filter { published.contains($0.key) }.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    var problems: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return xmlProblems.sorted()
    }
}
