import Foundation
import PlanModel
import SiteRenderer

/// The site as `hyte serve` shows it: built in memory and replaced as a whole after each successful
/// rebuild, so a reader never gets half of one build and half of another. A failed rebuild keeps the
/// last good site and reports its problems.
public final class PreviewSite: @unchecked Sendable {
    /// What one rebuild did.
    public struct Outcome: Sendable {
        /// The content's errors and warnings; the site was kept as it was when there are errors.
        public var diagnostics: [Diagnostic]
        /// Output paths whose bytes changed (added, changed or removed), sorted.
        public var changed: [String]
        /// Pages rendered by this rebuild (all of them on a full rebuild).
        public var rendered: Int
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    private let options: SiteBuild.Options
    private let lock = NSLock()
    private var files: [String: Data] = [:]
    private var problems: [Diagnostic] = []
    private var builds = 0

    /// `options.output` names no folder that is written: it only appears in messages.
    public init(_ options: SiteBuild.Options) {
        var options = options
        options.pdf = false
        options.search = false
        options.external = false
        self.options = options
    }

    /// Rebuilds after the files at `changed` (paths under the content or templates folder) changed;
    /// empty means everything.
    @discardableResult
    public func rebuild(changed: [String] = []) -> Outcome {
        let build = SiteBuild(options)
        let prepared: SiteBuild.Prepared
        switch build.prepare() {
        case .failure(let stop): return keep(stop.diagnostics)
        case .success(let value): prepared = value
        }
        let site = EmittedSite(outputPath: options.output)
        let rendered = RenderedFiles()
        do {
            try prepared.renderer.render { file in
                site.record(file)
                rendered.add(file.path, Data(file.contents.utf8))
            }
        } catch {
            return keep(prepared.diagnostics + [.error(build.location, "could not render the site: \(error)")])
        }
        let assets = URL(fileURLWithPath: options.content).appendingPathComponent("assets")
        for asset in prepared.plan.assets {
            rendered.add("assets/\(asset)", FileManager.default.contents(atPath: assets.appendingPathComponent(asset).path) ?? Data())
        }
        let written = build.published(site, prepared) { _ in true }
        let broken = LinkChecker(files: written).check(site.pages(in: written))
        let diagnostics = prepared.diagnostics + build.xmlProblems(prepared.plan, site)
            + LinkChecker.diagnostics(broken, plan: prepared.plan, outputPath: options.output)
        if diagnostics.contains(where: { $0.severity == .error }) { return keep(diagnostics) }
        return replace(with: rendered.all, diagnostics: diagnostics, rendered: site.pages(in: written).count)
    }

    /// The bytes of the file at an output-relative path ("tavoitteet/x/index.html"), if the site has it.
    public func file(_ path: String) -> Data? {
        lock.lock()
        defer { lock.unlock() }
        return files[path]
    }

    /// The errors of the last rebuild; empty when it succeeded.
    public var errors: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return problems.filter { $0.severity == .error }
    }

    /// How many rebuilds have succeeded: a page can tell whether the site changed since it was loaded.
    public var generation: Int {
        lock.lock()
        defer { lock.unlock() }
        return builds
    }

    private func keep(_ diagnostics: [Diagnostic]) -> Outcome {
        lock.lock()
        problems = diagnostics
        lock.unlock()
        return Outcome(diagnostics: diagnostics, changed: [], rendered: 0)
    }

    private func replace(with new: [String: Data], diagnostics: [Diagnostic], rendered: Int) -> Outcome {
        lock.lock()
        let old = files
        files = new
        problems = diagnostics
        builds += 1
        lock.unlock()
        let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
        return Outcome(diagnostics: diagnostics, changed: changed, rendered: rendered)
    }
}

/// Files handed over from the renderer's threads.
private final class RenderedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: Data] = [:]

    func add(_ path: String, _ data: Data) {
        lock.lock()
        files[path] = data
        lock.unlock()
    }

    var all: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return files
    }
}
