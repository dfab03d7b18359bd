import PlanModel

/// A progress chart block without `goal`: the progress of every goal of the plan, or of one focus
/// area — what a yearly report shows. Each goal gets a heading linking its page and the same
/// charts (each with its target table) as a block naming that goal. The markup is the
/// `goal-progress` template's.
struct GoalProgressBlock {
    let scope: PageScope
    let templates: TemplateSet

    struct View: Sendable, Encodable {
        var id: String
        var goals: [GoalView]
        /// Said when the focus area has no goals.
        var empty: String?
        var untargeted: Untargeted?
    }

    struct GoalView: Sendable, Encodable {
        var id: String
        var link: LinkView
        var charts: [ChartView]
    }

    /// The goals without targets, named in one line under the charts.
    struct Untargeted: Sendable, Encodable {
        var label: String
        /// Each link's `meta` is the separator written before it (", "), nil for the first.
        var links: [LinkView]
    }

    /// The goals the block is about, in the plan's order.
    static func goals(_ spec: ChartSpec, _ plan: PlanReader) -> [Goal] {
        guard let focusArea = spec.focusArea?.id else { return plan.goals }
        return plan.goals.filter { $0.focusArea.id == focusArea }
    }

    func render(_ spec: ChartSpec, id: String) throws -> String {
        try templates.render(view(spec, id: id), "goal-progress")
    }

    func view(_ spec: ChartSpec, id: String) -> View {
        let factory = ChartFactory(scope: scope)
        let goals = Self.goals(spec, scope.plan)
        var shown: [GoalView] = []
        var withoutTargets: [LinkView] = []
        for (index, goal) in goals.enumerated() {
            // Numbered, not named by goal id: "x" and "x-1" would otherwise make clashing ids.
            let prefix = "\(id)-g\(index + 1)"
            let charts = goal.targets.enumerated().compactMap { factory.progress(goal, $1, id: "\(prefix)-\($0 + 1)") }
            if charts.isEmpty {
                withoutTargets.append(link(goal, separator: withoutTargets.isEmpty ? nil : ", "))
            } else {
                shown.append(GoalView(id: prefix, link: link(goal, separator: nil), charts: charts))
            }
        }
        let labels = scope.site.labels
        return View(id: id, goals: shown, empty: goals.isEmpty ? labels["progress_no_goals"] : nil,
                    untargeted: withoutTargets.isEmpty ? nil : Untargeted(label: labels["progress_without_targets"], links: withoutTargets))
    }

    private func link(_ goal: Goal, separator: String?) -> LinkView {
        let title = scope.site.text(goal.title)
        return LinkView(href: scope.href(.goal(goal.id)), text: title.text, lang: title.lang, meta: separator)
    }
}
