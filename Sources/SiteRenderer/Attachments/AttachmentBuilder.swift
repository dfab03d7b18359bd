import PlanModel

/// Compiles the attachments that come from the plan itself: the whole plan, the yearly report to the
/// council and one municipality card per municipality (for the yearly negotiations).
struct AttachmentBuilder {
    let scope: PageScope
    var site: SiteContext { scope.site }
    var plan: PlanReader { scope.plan }
    var labels: Labels { site.labels }

    /// Ids of the compiled attachments, in the order the reports page lists them.
    static func ids(_ plan: some PlanLookups) -> [String] {
        [GeneratedReportID.plan, GeneratedReportID.yearly(year(plan))] + plan.municipalities.map { GeneratedReportID.card($0.id) }
    }

    /// The year the yearly report covers: the content's own year.
    static func year(_ plan: some PlanLookups) -> Int { plan.asOf?.year ?? plan.site.termStart }

    /// The title alone, for lists (without compiling the attachment).
    func title(_ id: String) -> String {
        if id == GeneratedReportID.plan { return labels.format("attachment_plan_title", ["title": site.string(plan.site.title)]) }
        if let municipality = plan.municipalities.first(where: { GeneratedReportID.card($0.id) == id }) {
            return labels.format("attachment_card_title", ["name": site.string(municipality.name)])
        }
        return labels.format("attachment_yearly_title", ["year": String(Self.year(plan))])
    }

    func attachment(_ id: String) -> GeneratedAttachment? {
        if id == GeneratedReportID.plan { return planAttachment() }
        if id == GeneratedReportID.yearly(Self.year(plan)) { return yearlyReport(Self.year(plan)) }
        if let municipality = plan.municipalities.first(where: { GeneratedReportID.card($0.id) == id }) {
            return card(municipality)
        }
        return nil
    }

    // MARK: The whole plan

    func planAttachment() -> GeneratedAttachment {
        let tables = Tables(scope: scope)
        let sections = plan.focusAreas.map { area -> AttachmentSection in
            let goals = scope.plan.related(\.goalsByFocusArea, area.id).compactMap(plan.goal)
            let goalSections = goals.map { goal -> AttachmentSection in
                let measures = scope.plan.related(\.measuresByGoal, goal.id).compactMap(plan.measure)
                let facts: [FactView?] = [
                    scope.fact("responsible", goal.responsible.map(scope.partyCell)),
                    scope.fact("categories", goal.categories.map { CellView(text: labels["category_\($0.rawValue)"]) }),
                ]
                var section = AttachmentSection(id: "g-\(goal.id)", heading: site.string(goal.title), level: 3,
                                                facts: facts.compactMap { $0 })
                if !goal.targets.isEmpty { section.tables.append(TargetTable(scope: scope).table(goal, id: "g-\(goal.id)-targets")) }
                section.tables.append(tables.measureDetails(measures, id: "g-\(goal.id)-measures",
                                                            caption: "\(labels["measures_of_goal"]): \(site.string(goal.title))"))
                section.charts = GoalPage.targetCharts(goal, scope, prefix: "g-\(goal.id)-chart")
                return section
            }
            return AttachmentSection(id: "fa-\(area.id)", heading: site.string(area.title), level: 2,
                                     text: area.summary.map(site.string), sections: goalSections)
        }
        return GeneratedAttachment(id: GeneratedReportID.plan, title: title(GeneratedReportID.plan),
                                   sections: sections + sources(targetIndicators(plan.goals)))
    }

    // MARK: The yearly report

    func yearlyReport(_ year: Int) -> GeneratedAttachment {
        let tables = Tables(scope: scope)
        let factory = ChartFactory(scope: scope)
        let statusTitle = labels.format("attachment_yearly_status", ["year": String(year)])
        var status = AttachmentSection(id: "y-status", heading: statusTitle, level: 2)
        status.charts = [factory.status(plan.measures, id: "y-status-chart", byFocusArea: true, title: statusTitle)]
        status.tables = [tables.measures(plan.measures, id: "y-measures", caption: labels["measures"])]
        var goals = AttachmentSection(id: "y-goals", heading: labels["goal_progress"], level: 2)
        goals.tables = [tables.goals(plan.goals, id: "y-goals-table", caption: labels["goal_progress"])]
        goals.charts = plan.goals.flatMap { goal in
            goal.targets.enumerated().compactMap { factory.progress(goal, $1, id: "y-\(goal.id)-\($0 + 1)") }
        }
        let changesTitle = labels.format("attachment_yearly_changes", ["year": String(year)])
        var changes = AttachmentSection(id: "y-changes", heading: changesTitle, level: 2)
        let table = tables.followUps(plan.measures, year: year, id: "y-changes-table", caption: changesTitle)
        if table.rows.isEmpty { changes.text = labels["attachment_no_changes"] } else { changes.tables = [table] }
        return GeneratedAttachment(id: GeneratedReportID.yearly(year), title: title(GeneratedReportID.yearly(year)),
                                   sections: [status, goals, changes] + sources(targetIndicators(plan.goals)))
    }

    // MARK: Municipality cards

    func card(_ municipality: Organization) -> GeneratedAttachment {
        let factory = ChartFactory(scope: scope)
        var indicators = AttachmentSection(id: "c-indicators", heading: labels["indicators"], level: 2)
        indicators.tables = [OrganizationPage.indicatorTable(municipality, scope)]
        let shown = plan.indicators.filter { $0.latest(area: municipality.id) != nil }
        indicators.charts = shown.map { indicator in
            factory.cardTrend(indicator, municipality: municipality.id, id: "c-\(indicator.id)")
        }
        var contacts = AttachmentSection(id: "c-contacts", heading: labels["contacts"], level: 2)
        contacts.tables = [Tables(scope: scope).contacts([municipality], id: "c-contacts-table", caption: labels["contacts"])]
        let led = scope.plan.related(\.measuresLedBy, municipality.id)
        let partnered = scope.plan.related(\.measuresPartneredBy, municipality.id)
        var measures = AttachmentSection(id: "c-measures", heading: labels["municipality_measures"], level: 2)
        measures.tables = [Tables(scope: scope).measureDetails(plan.measures(withIDs: led + partnered),
                                                               id: "c-measures-table", caption: labels["municipality_measures"])]
        return GeneratedAttachment(id: GeneratedReportID.card(municipality.id), title: title(GeneratedReportID.card(municipality.id)),
                                   sections: [indicators, contacts, measures] + sources(shown))
    }

    // MARK: Sources

    /// The indicators of the goals' targets, each once, in the goals' order.
    private func targetIndicators(_ goals: [Goal]) -> [Indicator] {
        var seen = Set<String>()
        return goals.flatMap { $0.targets.compactMap { plan.indicator($0.indicator.id) } }.filter { seen.insert($0.id).inserted }
    }

    private func sources(_ indicators: [Indicator]) -> [AttachmentSection] {
        Citation.section(indicators, scope).map { [$0] } ?? []
    }
}
