import HyteBase
import PlanModel

/// A progress chart block without `goal`: the progress of every goal of the plan, or of one focus
/// area — what a yearly report shows. Each goal gets a heading linking its page and the same
/// charts (each with its target table) as a block naming that goal.
struct GoalProgressBlock {
    let scope: PageScope
    let templates: TemplateSet

    /// The goals the block is about, in the plan's order.
    static func goals(_ spec: ChartSpec, _ plan: Plan) -> [Goal] {
        guard let focusArea = spec.focusArea?.id else { return plan.goals }
        return plan.goals.filter { $0.focusArea.id == focusArea }
    }

    func render(_ spec: ChartSpec, id: String) throws -> String {
        let site = scope.site
        let factory = ChartFactory(scope: scope)
        let e = MarkupEscape.escape
        let goals = Self.goals(spec, site.plan)
        var html = "<div class=\"goal-progress\" id=\"\(e(id))\">\n"
        var withoutTargets: [Goal] = []
        for (index, goal) in goals.enumerated() {
            // Numbered, not named by goal id: "x" and "x-1" would otherwise make clashing ids.
            let prefix = "\(id)-g\(index + 1)"
            let charts = goal.targets.enumerated().compactMap { factory.progress(goal, $1, id: "\(prefix)-\($0 + 1)") }
            guard !charts.isEmpty else {
                withoutTargets.append(goal)
                continue
            }
            html += "<section class=\"goal-progress-goal\" aria-labelledby=\"\(e(prefix))\">\n"
            // With attributes: a bare <h3> would take the id of a Markdown heading (`MarkdownDocument.anchor`).
            html += "<h3 class=\"goal-progress-heading\" id=\"\(e(prefix))\">\(link(goal))</h3>\n"
            html += try charts.map { try templates.render($0, "chart") }.joined(separator: "\n")
            html += "</section>\n"
        }
        if goals.isEmpty {
            html += "<p class=\"empty\">\(e(site.labels["progress_no_goals"]))</p>\n"
        } else if !withoutTargets.isEmpty {
            html += "<p class=\"goal-progress-untargeted\">\(e(site.labels["progress_without_targets"])) "
            html += withoutTargets.map(link).joined(separator: ", ") + "</p>\n"
        }
        return html + "</div>"
    }

    private func link(_ goal: Goal) -> String {
        let e = MarkupEscape.escape
        let title = scope.site.text(goal.title)
        let lang = title.lang.map { " lang=\"\(e($0))\"" } ?? ""
        return "<a href=\"\(e(scope.href(.goal(goal.id))))\"\(lang)>\(e(title.text))</a>"
    }
}
