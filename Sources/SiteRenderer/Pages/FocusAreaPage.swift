import PlanModel

enum FocusAreaPage {
    static func make(_ area: FocusArea, _ scope: PageScope, templates: TemplateSet) throws -> EntityView {
        let site = scope.site
        let goals = scope.plan.related(\.goalsByFocusArea, area.id).compactMap(scope.plan.goal)
        let measures = scope.plan.measures(withIDs: goals.flatMap { scope.plan.related(\.measuresByGoal, $0.id) })
        let tables = Tables(scope: scope)
        let summary = area.summary.map(site.text)
        let prose = try Prose(scope: scope, templates: templates).html(scope.plan.body(of: area))
        var sections = [SectionView(id: "goals", heading: scope.labels["goals_of_focus_area"],
                                    table: tables.goals(goals, id: "goals-table", caption: scope.labels["goals_of_focus_area"]))]
        sections.append(SectionView(id: "measures", heading: scope.labels["measures_of_focus_area"],
                                    table: tables.measures(measures, id: "measures-table", caption: scope.labels["measures_of_focus_area"])))
        let groups = area.populationGroups.map { site.text($0) }.map { CellView(text: $0.text, lang: $0.lang) }
        return EntityView(
            layout: LayoutView(scope, kind: "focus-area", title: site.text(area.title), section: .focusAreas,
                               trail: [LinkView(href: scope.href(.focusAreas), text: scope.labels["focus_areas"])],
                               eyebrow: scope.labels["focus_area"]),
            lead: summary?.text, leadLang: summary?.lang,
            facts: [scope.fact("population_groups", groups)].compactMap { $0 },
            prose: prose?.html, proseLang: prose?.lang, sections: sections,
            charts: [ChartFactory(scope: scope).status(measures, id: "chart-status", byFocusArea: false)])
    }
}
