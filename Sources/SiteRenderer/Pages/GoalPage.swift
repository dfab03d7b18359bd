import Charts
import PlanModel

enum GoalPage {
    static func make(_ goal: Goal, _ scope: PageScope, templates: TemplateSet) throws -> EntityView {
        let site = scope.site
        let plan = scope.plan
        let labels = scope.labels
        let measures = scope.plan.related(\.measuresByGoal, goal.id).compactMap(plan.measure)
        let indicatorIDs = goal.targets.map(\.indicator.id) + measures.flatMap { $0.indicators.map(\.id) }
        var seen: Set<String> = []
        let indicators = indicatorIDs.filter { seen.insert($0).inserted }.compactMap(plan.indicator)
        let tables = Tables(scope: scope)
        let prose = try Prose(scope: scope, templates: templates).html(scope.plan.body(of: goal))
        let focusArea = plan.focusArea(goal.focusArea.id)
        let facts: [FactView?] = [
            scope.fact("focus_area", [scope.cell(.focusArea(goal.focusArea.id), focusArea?.title)]),
            scope.fact("responsible", goal.responsible.map(scope.partyCell)),
            scope.fact("categories", goal.categories.map { CellView(text: labels["category_\($0.rawValue)"]) }),
        ]
        var sections: [SectionView] = []
        if !goal.targets.isEmpty {
            sections.append(SectionView(id: "targets", heading: labels["targets"], table: TargetTable(scope: scope).table(goal, id: "targets-table")))
        }
        let charts = targetCharts(goal, scope)
        sections.append(SectionView(id: "measures", heading: labels["measures_of_goal"],
                                    table: tables.measures(measures, id: "measures-table", caption: labels["measures_of_goal"])))
        sections += [
            scope.section("indicators", "indicators_of_goal", links: indicators.map { scope.link(.indicator($0.id), $0.name) }),
            scope.section("interfaces", "interfaces_of_goal",
                          links: scope.plan.related(\.interfacesByGoal, goal.id).compactMap(plan.interface).map { scope.link(.interface($0.id), $0.title) }),
        ].compactMap { $0 }
        return EntityView(
            layout: LayoutView(scope, kind: "goal", title: site.text(goal.title), section: .goals,
                               trail: [LinkView(href: scope.href(.goals), text: labels["goals"])], eyebrow: labels["goal"]),
            lead: nil, leadLang: nil, facts: facts.compactMap { $0 }, prose: prose?.html, proseLang: prose?.lang, sections: sections,
            charts: charts)
    }

    /// Per target: where it stands (progress) and how the indicator has moved, with baseline and target marked.
    static func targetCharts(_ goal: Goal, _ scope: PageScope, prefix: String = "chart") -> [ChartView] {
        let factory = ChartFactory(scope: scope)
        let plan = scope.plan
        return goal.targets.enumerated().flatMap { index, target -> [ChartView] in
            guard let indicator = plan.indicator(target.indicator.id) else { return [] }
            let area = target.area?.id ?? plan.site.region.id
            let strong = [area] + ([plan.site.region.id] + (plan.site.country.map { [$0.id] } ?? [])).filter { $0 != area }
            let progress = TargetProgress(target: target, indicator: indicator, region: plan.site.region.id)
            var markers: [TrendChart.Marker] = []
            if let baseline = progress.baseline {
                markers.append(.init(label: scope.labels.format("chart_marker_baseline", ["year": String(baseline.year)]),
                                     year: baseline.year, value: baseline.value))
            }
            markers.append(.init(label: scope.labels.format("chart_marker_target", ["year": String(progress.target.year)]),
                                 year: progress.target.year, value: progress.target.value))
            let trend = factory.trend(indicator, id: "\(prefix)-\(index + 1)-trend", strong: strong,
                                      highlight: area == plan.site.region.id ? nil : area, group: target.group, markers: markers)
            return [factory.progress(goal, target, id: "\(prefix)-\(index + 1)-progress"), trend].compactMap { $0 }
        }
    }
}
