import Foundation
import PlanModel
import SiteRenderer

/// The live preview's part of a run: the site it starts from, what changed, and the site it makes.
struct PreviewRun {
    /// The last good site; nil until a rebuild succeeds.
    var previous: PreviewSnapshot?
    /// Paths under the content or templates folder that changed; empty means everything.
    var changedFiles: [String]
    /// Output paths of pages open in a browser, made first when the edit concerns them.
    var first: Set<String> = []
    var onFirst: ((PreviewSite.Outcome) -> Void)?
    /// Puts a site in place for the server with the problems found so far.
    var show: (PreviewSnapshot, [Diagnostic]) -> Void

    // render
    /// What the edit changed, as reads; nil renders everything.
    var changes: Set<PlanRead>?
    var next: PreviewSnapshot?
    /// Every merge of this run, and the last one (the pages not shown first).
    var merged = PreviewSnapshot.Merge()
    var rest = PreviewSnapshot.Merge()
    /// Each file's bytes before the part of the run not yet shown.
    var before: [String: Data] = [:]
    var rendered = 0
    var units = 0
    /// A full rebuild or a change to the list of assets: every asset is read again.
    var allAssets = true

    // commit
    var changedPaths: [String] = []

    /// The pages whose links the links stage follows: when no file appeared or went away and no id
    /// changed, only pages made again can have a new broken link.
    var linksOf: Set<String>? {
        merged.samePaths && merged.sameIDs && !allAssets ? merged.touched : nil
    }

    init(previous: PreviewSnapshot?, changedFiles: [String], first: Set<String> = [], onFirst: ((PreviewSite.Outcome) -> Void)? = nil,
         show: @escaping (PreviewSnapshot, [Diagnostic]) -> Void) {
        self.previous = previous
        self.changedFiles = changedFiles
        self.first = first
        self.onFirst = onFirst
        self.show = show
    }
}

/// The preview's render stage: every unit is made with a record of what it read of the plan, and
/// after an edit only the units that read something that changed are made again. Site settings and
/// templates are read by every page, so a change to them makes everything. Pages open in a browser
/// are made first and shown on their own when the edit concerns other pages too.
struct IncrementalRenderStage: Stage {
    let name = "render"

    func run(_ context: inout BuildContext) {
        let clock = ContinuousClock()
        let start = clock.now
        let since = { (from: ContinuousClock.Instant) in Int((clock.now - from) / .milliseconds(1)) }
        guard var run = context.preview else { preconditionFailure("the incremental render stage needs a preview run") }
        let (plan, renderer) = (context.loadedPlan, context.preparedRenderer)
        let previous = run.previous
        if let previous, !run.changedFiles.isEmpty, !run.changedFiles.contains(where: context.isTemplate) {
            run.changes = plan.changes(from: previous.plan)
        }
        let changes = run.changes
        let affected = { (key: String) -> Bool in
            guard let changes, let old = previous?.units[key] else { return true }
            return !old.reads.isDisjoint(with: changes)
        }
        var next = previous ?? PreviewSnapshot(plan: plan)
        next.plan = plan
        run.before = previous?.files ?? [:]
        let first = run.first
        let showsFirst = changes != nil && !first.isEmpty && run.onFirst != nil
        do {
            if showsFirst, let onFirst = run.onFirst {
                let (units, keys) = try render(renderer, context.options.output) { first.contains($0) && affected($0) }
                if !units.isEmpty {
                    run.merged.add(next.merge(units, live: keys))
                    run.rendered += units.count
                    run.show(next, context.diagnostics)
                    let before = run.before
                    var interim = PreviewSite.Outcome(diagnostics: context.diagnostics,
                                                      changed: run.merged.touched.filter { before[$0] != next.files[$0] }.sorted(),
                                                      rendered: units.count, units: keys.count)
                    let load = context.timings.reduce(0) { $0 + $1.milliseconds }
                    let rendering = since(start)
                    interim.timings = (load, rendering, 0, load + rendering)
                    onFirst(interim)
                    run.before = next.files
                }
            }
            let (units, keys) = try render(renderer, context.options.output) { affected($0) && !(showsFirst && first.contains($0)) }
            run.rest = next.merge(units, live: keys)
            run.merged.add(run.rest)
            run.rendered += units.count
            run.units = keys.count
        } catch {
            return context.stop([.run(.error, .renderFailed, "could not render the site: \(error)")])
        }
        run.allAssets = changes == nil || changes!.contains(.assets)
        run.next = next
        context.preview = run
    }

    /// Makes the units `select` picks, recording their reads; also returns the key of every unit of the site.
    private func render(_ renderer: SiteRenderer, _ output: String, select: (String) -> Bool) throws -> ([String: MadeUnit], Set<String>) {
        let made = MadeUnits()
        let own = renderer.builtInTemplatesOnly
        let keys = try renderer.render(select: select, recording: true) { made.add(MadeUnit($0, outputPath: output, ownMarkup: own)) }
        return (made.units, Set(keys))
    }
}

/// The preview's assets stage: read from disk into the site in memory, all of them after a full
/// rebuild or a change to the list, else only those among the changed files.
struct PreviewAssetsStage: Stage {
    let name = "assets"

    func run(_ context: inout BuildContext) {
        guard var run = context.preview, var next = run.next else { preconditionFailure("the preview's assets stage runs after its render stage") }
        let folder = context.assetsFolder
        let touched = Set(run.changedFiles.compactMap(context.assetPath))
        if run.allAssets { next.files = next.files.filter { !$0.key.hasPrefix(Router.assetsFolder) } }
        for asset in context.loadedPlan.assets where run.allAssets || touched.contains(Router.asset(asset)) {
            next.files[Router.asset(asset)] = FileManager.default.contents(atPath: folder.appendingPathComponent(asset).path) ?? Data()
        }
        run.next = next
        context.preview = run
    }
}

/// The preview's commit: the new site replaces the one served, unless the checks found errors, when
/// the last good site stays.
struct PreviewCommitStage: Stage {
    let name = "commit"

    func run(_ context: inout BuildContext) {
        if context.diagnostics.contains(where: { $0.severity == .error }) { return context.stop() }
        guard var run = context.preview, let next = run.next else { preconditionFailure("the preview's commit stage runs after its render stage") }
        let before = run.before
        run.changedPaths = run.allAssets ? Set(before.keys).union(next.files.keys).filter { before[$0] != next.files[$0] }.sorted()
            : run.rest.touched.union(run.changedFiles.compactMap(context.assetPath)).filter { before[$0] != next.files[$0] }.sorted()
        run.show(next, context.diagnostics)
        context.preview = run
    }
}

extension BuildContext {
    /// Whether a changed file is one of the templates (which every page reads).
    func isTemplate(_ path: String) -> Bool {
        let templates = URL(fileURLWithPath: options.templates).standardizedFileURL.path + "/"
        return URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(templates)
    }

    /// The output path of a changed file that is an asset ("assets/logo.svg").
    func assetPath(_ changed: String) -> String? {
        let folder = assetsFolder.standardizedFileURL.path + "/"
        let path = URL(fileURLWithPath: changed).standardizedFileURL.path
        return path.hasPrefix(folder) ? Router.asset(String(path.dropFirst(folder.count))) : nil
    }
}
