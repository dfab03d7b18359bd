import PlanModel

/// An indicator: its definition, source, and its data as accessible tables.
struct IndicatorView: Encodable {
    var entity: EntityView
    var allData: TableView
}

enum IndicatorPage {
    static func make(_ indicator: Indicator, _ scope: PageScope) -> IndicatorView {
        let site = scope.site
        let plan = scope.plan
        let labels = scope.labels
        let facts: [FactView?] = [
            scope.fact("unit", indicator.unit),
            scope.fact("better_direction", labels["better_\(indicator.better.rawValue)"]),
        ] + Citation(indicator: indicator, scope: scope).facts + [
            indicator.hyteKerroin ? scope.fact("hyte_kerroin_indicator", labels["yes"]) : nil,
            scope.fact("open_data", [CellView(text: labels["download_csv"], href: scope.href(file: Router.data("\(indicator.id).csv"))),
                                     CellView(text: labels["download_json"], href: scope.href(file: Router.data("\(indicator.id).json")))]),
        ]
        let region = plan.site.region.id
        let reference = [region] + (plan.site.country.map { [$0.id] } ?? [])
        let factory = ChartFactory(scope: scope)
        // Every municipality as a light line while they are few enough to read as a band; a national
        // plan's 308 lines would be a smear (the table below has every figure).
        let others = plan.municipalities.count <= Self.trendMunicipalityLimit ? plan.municipalities.map(\.id) : []
        var charts = [factory.trend(indicator, id: "chart-trend", strong: reference, others: others)]
        // One trend per group (men, women, age bands); past twenty a page of charts helps nobody, and
        // the table below and the CSV still carry every group.
        for group in indicator.groups.filter({ $0 != Observation.totalGroup }).prefix(Self.groupChartLimit) {
            charts.append(factory.trend(indicator, id: "chart-trend-\(group)", strong: reference, group: group))
        }
        if let compare = factory.compare(indicator, id: "chart-compare") { charts.append(compare) }
        let areas = reference + plan.municipalities.map(\.id)
        let allData = AreaYearTable.make(indicator, areas: areas, scope: scope)
        let sections = [
            scope.section("goals", "used_in_goals", links: scope.goalLinks(scope.plan.related(\.goalsByIndicator, indicator.id))),
            scope.section("measures", "used_in_measures", links: scope.measureLinks(scope.plan.related(\.measuresByIndicator, indicator.id))),
        ].compactMap { $0 }
        let description = indicator.description.map(site.text)
        let entity = EntityView(
            layout: LayoutView(scope, kind: "indicator", title: site.text(indicator.name), section: .indicators,
                               trail: [LinkView(href: scope.href(.indicators), text: labels["indicators"])], eyebrow: labels["indicator"]),
            lead: description?.text, leadLang: description?.lang, facts: facts.compactMap { $0 }, prose: nil, proseLang: nil,
            sections: sections, charts: charts)
        return IndicatorView(entity: entity, allData: allData)
    }

    static let groupChartLimit = 20
    static let trendMunicipalityLimit = 40

    /// Municipalities in the newest year with municipal data, best first by `better`, then the region
    /// and the country.
    static func comparison(_ indicator: Indicator, _ scope: PageScope) -> TableView? {
        let site = scope.site
        let plan = scope.plan
        guard let ranking = site.rankings.ranking(indicator, scope) else { return nil }
        let (year, sorted) = (ranking.year, ranking.rows)
        var tableRows = sorted.map { organization, value in
            RowView(head: scope.cell(.municipality(organization.id), organization.name),
                    cells: [CellView(text: site.value(value, indicator), numeric: true, missing: value == nil)])
        }
        for id in [plan.site.region.id] + (plan.site.country.map { [$0.id] } ?? []) {
            let value = indicator.value(area: id, year: year)
            tableRows.append(RowView(head: scope.cell(.organization(id), plan.organization(id)?.name),
                                     cells: [CellView(text: site.value(value, indicator), numeric: true, missing: value == nil)]))
        }
        return TableView(id: "comparison-table", caption: "\(site.labels["comparison_table"]) \(year)",
                         headers: [HeaderView(text: site.labels["area"]), HeaderView(text: String(year), numeric: true)],
                         rows: tableRows)
    }
}

/// Every observation: areas down, years across (one table per group).
enum AreaYearTable {
    static func make(_ indicator: Indicator, areas: [String], scope: PageScope) -> TableView {
        let site = scope.site
        let years = indicator.years
        var rows: [RowView] = []
        for group in indicator.groups {
            for area in areas where !indicator.series(area: area, group: group).isEmpty {
                var name = site.string(scope.plan.organization(area)?.name)
                if indicator.groups.count > 1 { name += ", " + site.groupName(group) }
                rows.append(RowView(head: CellView(text: name, href: scope.href(scope.route(forOrganization: area))),
                                    cells: years.map { year in
                                        let value = indicator.value(area: area, year: year, group: group)
                                        return CellView(text: value.map { site.format.number($0, decimals: indicator.decimals) } ?? site.labels["none"],
                                                        numeric: true, missing: value == nil)
                                    }))
            }
        }
        return TableView(id: "all-data-table", caption: "\(site.labels["all_data"]) (\(indicator.unit))",
                         headers: [HeaderView(text: site.labels["area"])] + years.map { HeaderView(text: String($0), numeric: true) },
                         rows: rows)
    }
}
