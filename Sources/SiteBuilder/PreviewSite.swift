import Foundation
import Inspect
import PlanModel
import SiteRenderer

/// The site as `hyte serve` shows it: built in memory and replaced as a whole after each successful
/// rebuild, so a reader never gets half of one build and half of another. A failed rebuild keeps the
/// last good site and reports its problems.
///
/// Rebuilds are incremental: every unit of the output (a page in a language, an indicator's data files,
/// a feed) is rendered with a record of what it read of the plan, and after an edit only the units that
/// read something that changed are rendered again. Site settings and templates are read by every page,
/// so a change to them renders everything.
public final class PreviewSite: @unchecked Sendable {
    /// What one rebuild did.
    public struct Outcome: Sendable {
        /// The content's errors and warnings; the site was kept as it was when there are errors.
        public var diagnostics: [Diagnostic]
        /// Output paths whose bytes changed (added, changed or removed), sorted.
        public var changed: [String]
        /// Units of the output rendered by this rebuild, and how many the site has.
        public var rendered: Int
        public var units: Int
        /// Milliseconds spent loading the content, rendering and checking (links, XML) and in all.
        public var timings: (load: Int, render: Int, check: Int, total: Int) = (0, 0, 0, 0)
        public var failed: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The last good site.
    struct Snapshot {
        var plan: Plan
        var files: [String: Data]
        /// Each unit's output paths and what it read.
        var units: [String: (paths: [String], reads: Set<PlanRead>)]
        /// The links and ids of every page, for the link check.
        var pages: [String: HTMLInspector]
    }

    private let options: SiteBuild.Options
    private let lock = NSLock()
    private let rebuilding = NSLock()
    private var snapshot: Snapshot?
    private var problems: [Diagnostic] = []
    private var builds = 0
    private let charts = ChartMemo()
    private let yaml = YAMLCache()

    /// `options.output` names no folder that is written: it only appears in messages.
    public init(_ options: SiteBuild.Options) {
        var options = options
        options.pdf = false
        options.search = false
        options.external = false
        self.options = options
    }

    /// Rebuilds after the files at `changed` (paths under the content or templates folder) changed;
    /// empty means everything. One rebuild runs at a time.
    @discardableResult
    public func rebuild(changed: [String] = []) -> Outcome {
        rebuilding.lock()
        defer { rebuilding.unlock() }
        let clock = ContinuousClock()
        let start = clock.now
        var build = SiteBuild(options)
        build.chartMemo = charts
        build.yamlCache = yaml
        let prepared: SiteBuild.Prepared
        let phase = { (from: ContinuousClock.Instant) in Int((clock.now - from) / .milliseconds(1)) }
        switch build.prepare() {
        case .failure(let stop): return keep(stop.diagnostics)
        case .success(let value): prepared = value
        }
        let previous = current
        // What the edit changed, as reads; nil renders everything.
        var changes: Set<PlanRead>? = nil
        if let previous, !changed.isEmpty, !changed.contains(where: isTemplate) {
            changes = prepared.plan.changes(from: previous.plan)
        }
        let loaded = clock.now
        let made = MadeUnits()
        let keys: [String]
        let output = options.output
        do {
            keys = try prepared.renderer.render(select: { key in
                guard let changes, let old = previous?.units[key] else { return true }
                return !old.reads.isDisjoint(with: changes)
            }, recording: true) { unit in
                // Read back on the rendering threads: bytes, links and ids, and the XML check.
                made.add(MadeUnit(key: unit.key, reads: unit.reads, files: unit.files.map { file in
                    (file.path, Data(file.contents.utf8), file.path.hasSuffix(".html") ? HTMLInspector(html: file.contents) : nil,
                     XMLFiles.checkEmitted(file, outputPath: output))
                }))
            }
        } catch {
            return keep(prepared.diagnostics + [.error(build.location, "could not render the site: \(error)")])
        }
        let rendered = clock.now
        var next = previous ?? Snapshot(plan: prepared.plan, files: [:], units: [:], pages: [:])
        next.plan = prepared.plan
        let units = made.units
        let live = Set(keys)
        var touched: Set<String> = []
        var oldIDs: [String: Set<String>] = [:]
        for (key, unit) in next.units where !live.contains(key) || units[key] != nil {
            for path in unit.paths {
                touched.insert(path)
                next.files[path] = nil
                oldIDs[path] = next.pages.removeValue(forKey: path)?.ids
            }
            next.units[key] = nil
        }
        var xml: [Diagnostic] = []
        var samePaths = true
        var sameIDs = true
        for unit in units.values {
            next.units[unit.key] = (unit.files.map(\.path), unit.reads)
            for (path, data, inspector, problem) in unit.files {
                if !touched.contains(path) { samePaths = false }
                touched.insert(path)
                next.files[path] = data
                if let inspector {
                    next.pages[path] = inspector
                    if oldIDs[path] != inspector.ids { sameIDs = false }
                }
                if let problem { xml.append(problem) }
            }
        }
        samePaths = samePaths && touched.allSatisfy { next.files[$0] != nil }
        let allAssets = changes == nil || changes!.contains(.assets)
        copyAssets(prepared.plan, into: &next, all: allAssets, changed: changed)
        // Pages left as they were can only have a broken link now if a file went away or an id changed.
        let pages = next.pages.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let broken = LinkChecker(files: Set(next.files.keys)).check(pages, linksOf: samePaths && sameIDs && !allAssets ? touched : nil)
        let diagnostics = prepared.diagnostics + xml.sorted()
            + XMLFiles.check(assets: prepared.plan.assets, in: assetsFolder, displayPath: "\(options.content)/assets")
            + LinkChecker.diagnostics(broken, plan: prepared.plan, outputPath: options.output)
        if diagnostics.contains(where: { $0.severity == .error }) { return keep(diagnostics) }
        let old = previous?.files ?? [:]
        let changedPaths = allAssets ? Set(old.keys).union(next.files.keys).filter { old[$0] != next.files[$0] }.sorted()
            : touched.union(changed.compactMap(assetPath)).filter { old[$0] != next.files[$0] }.sorted()
        replace(with: next, diagnostics: diagnostics)
        var outcome = Outcome(diagnostics: diagnostics, changed: changedPaths, rendered: units.count, units: keys.count)
        outcome.timings = (phase(start) - phase(loaded), phase(loaded) - phase(rendered), phase(rendered), phase(start))
        return outcome
    }

    /// The bytes of the file at an output-relative path ("tavoitteet/x/index.html"), if the site has it.
    public func file(_ path: String) -> Data? {
        lock.lock()
        defer { lock.unlock() }
        return snapshot?.files[path]
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

    /// Every file of the last good site.
    var files: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return snapshot?.files ?? [:]
    }

    private var current: Snapshot? {
        lock.lock()
        defer { lock.unlock() }
        return snapshot
    }

    private var assetsFolder: URL { URL(fileURLWithPath: options.content).appendingPathComponent("assets") }

    private func isTemplate(_ path: String) -> Bool {
        let templates = URL(fileURLWithPath: options.templates).standardizedFileURL.path + "/"
        return URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(templates)
    }

    /// The output path of a changed file that is an asset ("assets/logo.svg").
    private func assetPath(_ changed: String) -> String? {
        let folder = assetsFolder.standardizedFileURL.path + "/"
        let path = URL(fileURLWithPath: changed).standardizedFileURL.path
        return path.hasPrefix(folder) ? "assets/" + path.dropFirst(folder.count) : nil
    }

    /// Assets are read from disk: all of them after a full rebuild or a change to the list, else only
    /// those among the changed files.
    private func copyAssets(_ plan: Plan, into snapshot: inout Snapshot, all: Bool, changed: [String]) {
        let touched = Set(changed.compactMap(assetPath))
        if all { snapshot.files = snapshot.files.filter { !$0.key.hasPrefix("assets/") } }
        for asset in plan.stored.assets where all || touched.contains("assets/\(asset)") {
            snapshot.files["assets/\(asset)"] = FileManager.default.contents(atPath: assetsFolder.appendingPathComponent(asset).path) ?? Data()
        }
    }

    private func keep(_ diagnostics: [Diagnostic]) -> Outcome {
        lock.lock()
        problems = diagnostics
        lock.unlock()
        return Outcome(diagnostics: diagnostics, changed: [], rendered: 0, units: 0)
    }

    private func replace(with new: Snapshot, diagnostics: [Diagnostic]) {
        lock.lock()
        snapshot = new
        problems = diagnostics
        builds += 1
        lock.unlock()
    }
}

/// A unit as rendered and read back: each file's bytes, a page's links and ids, an XML problem.
private struct MadeUnit: Sendable {
    var key: String
    var reads: Set<PlanRead>
    var files: [(path: String, data: Data, page: HTMLInspector?, problem: Diagnostic?)]
}

/// Units handed over from the renderer's threads.
private final class MadeUnits: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: MadeUnit] = [:]

    func add(_ unit: MadeUnit) {
        lock.lock()
        made[unit.key] = unit
        lock.unlock()
    }

    var units: [String: MadeUnit] {
        lock.lock()
        defer { lock.unlock() }
        return made
    }
}
