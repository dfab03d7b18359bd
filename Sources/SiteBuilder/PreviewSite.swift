import Foundation
import HyteBase
import PlanLoader
import PlanModel
import SiteRenderer

/// The site as `hyte serve` shows it: built in memory and replaced as a whole after each successful
/// rebuild, so a reader never gets half of one build and half of another. A failed rebuild keeps the
/// last good site and reports its problems.
///
/// A rebuild is the build's pipeline over a site in memory (`Pipeline.preview`): the same load,
/// templates, XML and link stages, and an incremental render stage (`IncrementalRenderStage`) that
/// makes again only the units of the output that read something an edit changed.
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
        var context = BuildContext(options, mode: .preview)
        context.chartMemo = charts
        context.yamlCache = yaml
        context.preview = PreviewRun(previous: current, changedFiles: changed, first: first, onFirst: onFirst) { [self] site, diagnostics in
            replace(with: site, diagnostics: diagnostics)
        }
        do {
            try Pipeline.preview.run(&context)
        } catch {
            // Nothing of it throws today (it writes no file, and its render stage reports a failure as
            // a diagnostic); were something to, the last good site stays as for any error.
            return keep(context.diagnostics + [.run(.error, .renderFailed, "could not render the site: \(error)")])
        }
        guard !context.stopped, let run = context.preview else { return keep(context.diagnostics) }
        var outcome = Outcome(diagnostics: context.diagnostics, changed: run.changedPaths, rendered: run.rendered, units: run.units)
        // The server's log line has three parts: before rendering, rendering, and the checks and commit after it.
        let took = { (stages: [StageTiming]) in Int(stages.reduce(Duration.zero) { $0 + $1.duration } / .milliseconds(1)) }
        let rendering = context.timings.firstIndex { $0.stage == "render" } ?? context.timings.endIndex
        let (load, render) = (took(Array(context.timings[..<rendering])), took(Array(context.timings[rendering...].prefix(1))))
        let total = took(context.timings)
        outcome.timings = (load, render, total - load - render, total)
        return outcome
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
