import PlanModel

/// Turns a chart or table block of a Markdown body into HTML. Charts are shown as their data
/// table with a caption until the chart module draws them.
struct BlockRenderer {
    let scope: PageScope
    let templates: TemplateSet

    /// The goals a table block is about (its focus area or goal, else all) and their measures (of its
    /// organisation, when it names one).
    static func selection(_ spec: TableSpec, _ plan: PlanReader) -> (goals: [Goal], measures: [Measure]) {
        var goals = plan.goals
        if let focusArea = spec.focusArea?.id { goals = goals.filter { $0.focusArea.id == focusArea } }
        if let goal = spec.goal?.id { goals = goals.filter { $0.id == goal } }
        let goalIDs = Set(goals.map(\.id))
        var measures = plan.measures.filter { $0.goals.contains { goalIDs.contains($0.id) } }
        if let organization = spec.organization?.id {
            measures = measures.filter { plan.organizationIDs(of: $0.lead).contains(organization)
                || $0.partners.contains { plan.organizationIDs(of: $0).contains(organization) } }
        }
        return (goals, measures)
    }

    /// An indicators table's rows: every indicator, or those of its focus area's or goal's targets and measures.
    static func indicators(_ spec: TableSpec, _ plan: PlanReader) -> [Indicator] {
        guard spec.focusArea != nil || spec.goal != nil else { return plan.indicators }
        let (goals, measures) = selection(spec, plan)
        let used = Set(goals.flatMap { $0.targets.map(\.indicator.id) } + measures.flatMap { $0.indicators.map(\.id) })
        return plan.indicators.filter { used.contains($0.id) }
    }

    /// The indicators whose figures a block shows, for the sources of a print document.
    static func indicators(in block: ContentBlock, _ plan: PlanReader) -> [Indicator] {
        switch block {
        case .table(let spec):
            switch spec.kind {
            case .indicators: return indicators(spec, plan)
            case .goals: return selection(spec, plan).goals.flatMap { $0.targets.compactMap { plan.indicator($0.indicator.id) } }
            default: return []
            }
        case .chart(let spec):
            switch spec.kind {
            case .trend, .compare: return spec.indicator.flatMap { plan.indicator($0.id) }.map { [$0] } ?? []
            case .progress:
                let goals = spec.goal.map { plan.goal($0.id).map { [$0] } ?? [] } ?? GoalProgressBlock.goals(spec, plan)
                return goals.flatMap { $0.targets.compactMap { plan.indicator($0.indicator.id) } }
            default: return []
            }
        }
    }

    /// Throws when a template fails: a broken override must be reported, not leave a hole in the page.
    func render(_ block: ContentBlock) throws -> String {
        let tables = Tables(scope: scope)
        let site = scope.site
        let plan = scope.plan
        switch block {
        case .table(let spec):
            let id = "block-\(spec.location.line)"
            let caption = spec.title.map(site.string)
            let (goals, measures) = Self.selection(spec, plan)
            let table: TableView
            switch spec.kind {
            case .goals: table = tables.goals(goals, id: id, caption: caption ?? site.labels["goals"])
            case .measures: table = tables.measures(measures, id: id, caption: caption ?? site.labels["measures"])
            case .responsibilities:
                table = tables.responsibilities(measures, id: id, caption: caption ?? site.labels["responsibilities"])
            case .indicators:
                table = tables.indicators(Self.indicators(spec, plan), id: id, caption: caption ?? site.labels["indicators"])
            case .calendar: table = tables.calendar(plan.events, id: id, caption: caption ?? site.labels["calendar"])
            case .bodies: table = tables.bodies(plan.bodies, id: id, caption: caption ?? site.labels["cooperation"])
            case .contacts:
                let organizations = spec.organization.flatMap { plan.organization($0.id) }.map { [$0] } ?? plan.organizations
                table = tables.contacts(organizations, id: id, caption: caption ?? site.labels["contacts"])
            }
            return TableHTML.render(table)
        case .chart(let spec):
            return try chart(spec, tables)
        }
    }

    private func chart(_ spec: ChartSpec, _ tables: Tables) throws -> String {
        let site = scope.site
        let plan = scope.plan
        let factory = ChartFactory(scope: scope)
        let id = "block-\(spec.location.line)"
        let title = spec.title.map(site.string)
        var charts: [ChartView] = []
        switch spec.kind {
        case .trend:
            guard let indicator = spec.indicator.flatMap({ plan.indicator($0.id) }) else { return "" }
            let defaults = [plan.site.region.id] + (plan.site.country.map { [$0.id] } ?? [])
            let areas = spec.areas.isEmpty ? defaults : spec.areas.map(\.id)
            charts = [factory.trend(indicator, id: id, strong: areas, groups: spec.groups.isEmpty ? nil : spec.groups,
                                    years: spec.years, title: title)]
        case .compare:
            guard let indicator = spec.indicator.flatMap({ plan.indicator($0.id) }) else { return "" }
            charts = [factory.compare(indicator, id: id)].compactMap { $0 }
        case .progress:
            guard let reference = spec.goal else { return try GoalProgressBlock(scope: scope, templates: templates).render(spec, id: id) }
            guard let goal = plan.goal(reference.id) else { return "" }
            charts = goal.targets.enumerated().compactMap { factory.progress(goal, $1, id: "\(id)-\($0 + 1)") }
        case .status:
            var measures = plan.measures
            if let focusArea = spec.focusArea?.id {
                let goals = Set(scope.plan.related(\.goalsByFocusArea, focusArea))
                measures = measures.filter { $0.goals.contains { goals.contains($0.id) } }
            }
            charts = [factory.status(measures, id: id, byFocusArea: spec.focusArea == nil, title: title)]
        case .clock:
            charts = [factory.clock(id: id)]
        case .structure:
            charts = [factory.structure(id: id)]
        }
        return charts.map(ChartHTML.render).joined(separator: "\n")
    }
}

/// Measures counted by status: the data of the status chart.
enum StatusTable {
    static func table(_ measures: [Measure], site: SiteContext, id: String, caption: String) -> TableView {
        let rows = Measure.Status.allCases.map { status in
            RowView(head: CellView(text: site.labels["status_\(status.rawValue)"], status: status.rawValue),
                    cells: [CellView(text: "\(measures.filter { $0.status == status }.count)", numeric: true)])
        }
        return TableView(id: id, caption: caption,
                         headers: [HeaderView(text: site.labels["status"]), HeaderView(text: site.labels["count"], numeric: true)],
                         rows: rows)
    }
}

/// A goal's targets: indicator, baseline, latest, target and the judgement in words.
struct TargetTable {
    let scope: PageScope

    func table(_ goal: Goal, id: String) -> TableView {
        let site = scope.site
        let rows = goal.targets.compactMap { target -> RowView? in
            guard let indicator = scope.plan.indicator(target.indicator.id) else { return nil }
            let progress = TargetProgress(target: target, indicator: indicator, region: scope.plan.site.region.id)
            let area = target.area?.id ?? scope.plan.site.region.id
            var areaName = site.string(scope.plan.organization(area)?.name)
            if target.group != Observation.totalGroup { areaName += ", " + site.groupName(target.group) }
            func point(_ year: Int, _ value: Double?) -> CellView {
                CellView(text: value.map { "\(site.value($0, indicator)) (\(year))" } ?? "\(site.labels["data_missing"]) (\(year))",
                         numeric: true, missing: value == nil)
            }
            return RowView(head: scope.cell(.indicator(indicator.id), indicator.name), cells: [
                CellView(text: areaName),
                point(target.baseline.year, progress.baseline?.value),
                progress.latest.map { point($0.year, $0.value) } ?? CellView(text: site.labels["none"], numeric: true, missing: true),
                point(progress.target.year, progress.target.value),
                CellView(text: site.labels["track_\(progress.track.rawValue)"], track: progress.track.rawValue),
            ])
        }
        let labels = site.labels
        return TableView(id: id, caption: labels["targets"],
                         headers: [HeaderView(text: labels["indicator"]), HeaderView(text: labels["area"]),
                                   HeaderView(text: labels["baseline"], numeric: true), HeaderView(text: labels["latest"], numeric: true),
                                   HeaderView(text: labels["target_value"], numeric: true), HeaderView(text: labels["target_status"])],
                         rows: rows, stacked: true)
    }
}
