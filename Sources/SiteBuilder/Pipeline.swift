import Foundation

/// One step of a build with a name the pipeline lists: it reads what the stages before it put into
/// the context and adds its own part. A stage that finds what makes going on pointless (no plan, a
/// template that does not parse, a broken link in a build) stops the pipeline with the run's
/// diagnostics; what it throws is a failure of the machine (a file that cannot be written), not of
/// the content.
protocol Stage: Sendable {
    /// How `--timings` and docs/architecture.md call it.
    var name: String { get }
    /// False when the run has nothing for the stage to do (no PDFs asked for): it is left out of the
    /// run and of its timings.
    func wanted(in context: BuildContext) -> Bool
    func run(_ context: inout BuildContext) throws
}

extension Stage {
    func wanted(in context: BuildContext) -> Bool { true }
}

/// How long one stage of a run took.
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var duration: Duration

    public var milliseconds: Int { Int(duration / .milliseconds(1)) }
}

/// Stages run in order over one context until one of them stops the run. The three commands are
/// three lists of the same stages: `check` leaves out what writes, `serve` renders incrementally into
/// memory.
struct Pipeline: Sendable {
    var stages: [any Stage]

    init(_ stages: [any Stage]) { self.stages = stages }

    /// `hyte build`: everything, into a staging folder that replaces the output at the end.
    static let build = Pipeline([LoadStage(), TemplatesStage(), RenderStage(), AssetsStage(), XMLStage(), PDFStage(),
                                 LinksStage(), SearchStage(), CommitStage()])

    /// `hyte check`: the build without its write stages; the site is still rendered and read back.
    static let check = Pipeline([LoadStage(), TemplatesStage(), RenderStage(), XMLStage(), LinksStage()])

    /// `hyte serve`: the build's stages over a site in memory, rendering only what an edit concerns.
    static let preview = Pipeline([LoadStage(), TemplatesStage(), IncrementalRenderStage(), PreviewAssetsStage(), XMLStage(),
                                   LinksStage(), PreviewCommitStage()])

    var names: [String] { stages.map(\.name) }

    /// Runs the stages in order, timing each, until one stops the run; what a stage throws ends the run
    /// at once and is the caller's to clean up after (`context.staging`).
    func run(_ context: inout BuildContext) throws {
        let clock = ContinuousClock()
        for stage in stages where !context.stopped {
            guard stage.wanted(in: context) else { continue }
            let start = clock.now
            // Timed even when it throws, so the stage that failed is the last one listed.
            defer { context.timings.append(StageTiming(stage: stage.name, duration: clock.now - start)) }
            try stage.run(&context)
        }
    }
}
