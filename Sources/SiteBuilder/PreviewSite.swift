import Foundation
import HyteBase
import Inspect
import PlanLoader
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
public final class PreviewSite: Sendable {
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

    /// The last good site and what the last rebuild found, read by the server while a rebuild runs.
    private struct Shown {
        var snapshot: PreviewSnapshot?
        var problems: [Diagnostic] = []
        var builds = 0
    }

    private let options: SiteBuild.Options
    private let shown = Locked(Shown())
    /// Held for the whole of a rebuild, so one runs at a time.
    private let rebuilding = Locked(())
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
    ///
    /// `first` names pages open in a browser (output paths): when the edit concerns them and other
    /// pages too, they are made first and put in place on their own, and `onFirst` says which files
    /// changed, so those pages can reload while the rest is made. Each page served is always whole.
    @discardableResult
    public func rebuild(changed: [String] = [], first: Set<String> = [], onFirst: ((Outcome) -> Void)? = nil) -> Outcome {
        rebuilding.withLock { _ in rebuildAlone(changed: changed, first: first, onFirst: onFirst) }
    }

    private func rebuildAlone(changed: [String], first: Set<String>, onFirst: ((Outcome) -> Void)?) -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        let since = { (from: ContinuousClock.Instant) in Int((clock.now - from) / .milliseconds(1)) }
        var build = SiteBuild(options)
        build.chartMemo = charts
        build.yamlCache = yaml
        let prepared: SiteBuild.Prepared
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
        let affected = { (key: String) -> Bool in
            guard let changes, let old = previous?.units[key] else { return true }
            return !old.reads.isDisjoint(with: changes)
        }
        let loaded = clock.now
        var next = previous ?? PreviewSnapshot(plan: prepared.plan)
        next.plan = prepared.plan
        var merged = PreviewSnapshot.Merge()
        var made = 0
        var before = previous?.files ?? [:]
        do {
            if changes != nil, !first.isEmpty, let onFirst {
                let (units, keys) = try render(prepared) { first.contains($0) && affected($0) }
                if !units.isEmpty {
                    merged.add(next.merge(units, live: keys))
                    made += units.count
                    replace(with: next, diagnostics: prepared.diagnostics)
                    var interim = Outcome(diagnostics: prepared.diagnostics, changed: merged.touched.filter { before[$0] != next.files[$0] }.sorted(),
                                          rendered: units.count, units: keys.count)
                    interim.timings = (since(start) - since(loaded), since(loaded), 0, since(start))
                    onFirst(interim)
                    before = next.files
                }
            }
            let (units, keys) = try render(prepared) { affected($0) && !(first.contains($0) && changes != nil && onFirst != nil) }
            let rest = next.merge(units, live: keys)
            merged.add(rest)
            made += units.count
            let rendered = clock.now
            let allAssets = changes == nil || changes!.contains(.assets)
            copyAssets(prepared.plan, into: &next, all: allAssets, changed: changed)
            // Pages left as they were can only have a broken link now if a file went away or an id changed.
            let pages = next.pages.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            let broken = LinkChecker(files: Set(next.files.keys))
                .check(pages, linksOf: merged.samePaths && merged.sameIDs && !allAssets ? merged.touched : nil)
            let diagnostics = prepared.diagnostics + merged.xml.sorted()
                + XMLFiles.check(assets: prepared.plan.assets, in: assetsFolder, displayPath: "\(options.content)/assets")
                + LinkChecker.diagnostics(broken, plan: prepared.plan, outputPath: options.output)
            if diagnostics.contains(where: { $0.severity == .error }) { return keep(diagnostics) }
            let changedPaths = allAssets ? Set(before.keys).union(next.files.keys).filter { before[$0] != next.files[$0] }.sorted()
                : rest.touched.union(changed.compactMap(assetPath)).filter { before[$0] != next.files[$0] }.sorted()
            replace(with: next, diagnostics: diagnostics)
            var outcome = Outcome(diagnostics: diagnostics, changed: changedPaths, rendered: made, units: keys.count)
            outcome.timings = (since(start) - since(loaded), since(loaded) - since(rendered), since(rendered), since(start))
            return outcome
        } catch {
            return keep(prepared.diagnostics + [.run(.error, .renderFailed, "could not render the site: \(error)")])
        }
    }

    /// Makes the units `select` picks, recording their reads; also returns the key of every unit of the site.
    private func render(_ prepared: SiteBuild.Prepared, select: (String) -> Bool) throws -> ([String: MadeUnit], Set<String>) {
        let made = MadeUnits()
        let output = options.output
        let own = prepared.renderer.builtInTemplatesOnly
        let keys = try prepared.renderer.render(select: select, recording: true) { made.add(MadeUnit($0, outputPath: output, ownMarkup: own)) }
        return (made.units, Set(keys))
    }

    /// The bytes of the file at an output-relative path ("tavoitteet/x/index.html"), if the site has it.
    public func file(_ path: String) -> Data? {
        shown.withLock { $0.snapshot?.files[path] }
    }

    /// The errors of the last rebuild; empty when it succeeded.
    public var errors: [Diagnostic] {
        shown.withLock { $0.problems.filter { $0.severity == .error } }
    }

    /// How many rebuilds have succeeded: a page can tell whether the site changed since it was loaded.
    public var generation: Int {
        shown.withLock { $0.builds }
    }

    /// Every file of the last good site.
    var files: [String: Data] {
        shown.withLock { $0.snapshot?.files ?? [:] }
    }

    private var current: PreviewSnapshot? {
        shown.withLock { $0.snapshot }
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
        return path.hasPrefix(folder) ? Router.asset(String(path.dropFirst(folder.count))) : nil
    }

    /// Assets are read from disk: all of them after a full rebuild or a change to the list, else only
    /// those among the changed files.
    private func copyAssets(_ plan: Plan, into snapshot: inout PreviewSnapshot, all: Bool, changed: [String]) {
        let touched = Set(changed.compactMap(assetPath))
        if all { snapshot.files = snapshot.files.filter { !$0.key.hasPrefix(Router.assetsFolder) } }
        for asset in plan.assets where all || touched.contains(Router.asset(asset)) {
            snapshot.files[Router.asset(asset)] = FileManager.default.contents(atPath: assetsFolder.appendingPathComponent(asset).path) ?? Data()
        }
    }

    private func keep(_ diagnostics: [Diagnostic]) -> Outcome {
        shown.withLock { $0.problems = diagnostics }
        return Outcome(diagnostics: diagnostics, changed: [], rendered: 0, units: 0)
    }

    private func replace(with new: PreviewSnapshot, diagnostics: [Diagnostic]) {
        shown.withLock { shown in
            shown.snapshot = new
            shown.problems = diagnostics
            shown.builds += 1
        }
    }
}
