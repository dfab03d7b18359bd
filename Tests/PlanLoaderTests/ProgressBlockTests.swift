import PlanModel
import Testing
@testable import PlanLoader

/// A progress chart block without `goal` is the progress of every goal (of its focus area).
@Suite struct ProgressBlockTests {
    static let report = "---\ntitle: Vuosiraportti\n---\n## Tavoitteiden eteneminen\n\n```chart\ntype: progress\n```\n\n```chart\ntype: progress\nfocus_area: lapset\n```\n"

    @Test func withoutGoalIsValid() throws {
        var plan = InlinePlan()
        plan["reports/vuosiraportti.md"] = Self.report
        let result = try plan.load()
        #expect(result.diagnostics.contentProblems.map(\.description) == [])
        let body = try #require(result.plan?.reports.first?.body.sources[.fi])
        guard case .chart(let all) = body.blocks[3], case .chart(let narrowed) = body.blocks[7] else {
            Issue.record("blocks not decoded: \(body.blocks)")
            return
        }
        #expect(all.kind == .progress && all.goal == nil && all.focusArea == nil)
        #expect(narrowed.goal == nil && narrowed.focusArea?.id == "lapset")
    }

    @Test func unknownFocusAreaIsAnErrorWithDidYouMean() throws {
        var plan = InlinePlan()
        plan["reports/vuosiraportti.md"] = Self.report.replacingOccurrences(of: "focus_area: lapset", with: "focus_area: lapsi")
        #expect(try plan.messages() == ["content/reports/vuosiraportti.md:12:13: error: unknown focus area 'lapsi'; did you mean 'lapset'?"])
    }
}
