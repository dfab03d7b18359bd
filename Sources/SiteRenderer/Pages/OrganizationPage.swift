import PlanModel

/// An organisation page, and the municipality card (kuntakortti) that extends it with indicators.
struct OrganizationView: Encodable {
    var entity: EntityView
    var contacts: TableView?
    var indicators: TableView?
}

enum OrganizationPage {
    static func make(_ organization: Organization, _ scope: PageScope, card: Bool) -> OrganizationView {
        let site = scope.site
        let plan = scope.plan
        let labels = scope.labels
        let facts: [FactView?] = [
            scope.fact("kind", labels["kind_\(organization.kind.rawValue)"]),
            scope.fact("code", organization.code),
            scope.fact("units", organization.units.map { site.text($0.name) }.map { CellView(text: $0.text, lang: $0.lang) }),
        ]
        let led = scope.plan.related(\.measuresLedBy, organization.id)
        let partnered = scope.plan.related(\.measuresPartneredBy, organization.id)
        var sections: [SectionView] = []
        if card {
            let measures = plan.measures(withIDs: led + partnered)
            sections.append(SectionView(id: "measures", heading: labels["municipality_measures"],
                                        table: Tables(scope: scope).responsibilities(measures, id: "measures-table",
                                                                                     caption: labels["municipality_measures"])))
        } else {
            sections += [scope.section("led", "led_measures", links: scope.measureLinks(led)),
                         scope.section("partner", "partner_measures", links: scope.measureLinks(partnered))].compactMap { $0 }
        }
        sections += [
            scope.section("goals", "responsible_for_goals", links: scope.goalLinks(scope.plan.related(\.goalsByOrganization, organization.id))),
            scope.section("bodies", "memberships", links: scope.bodyLinks(scope.plan.related(\.bodiesByOrganization, organization.id))),
        ].compactMap { $0 }
        let contacts = organization.contacts.isEmpty ? nil
            : Tables(scope: scope).contacts([organization], id: "contacts-table", caption: labels["contacts"])
        let section: Route = card ? .municipalities : .organizations
        let entity = EntityView(
            layout: LayoutView(scope, kind: card ? "municipality" : "organization", title: site.text(organization.name),
                               section: card ? section : nil,
                               trail: [LinkView(href: scope.href(section), text: labels[card ? "municipalities" : "organizations"])],
                               eyebrow: labels[card ? "municipality_card" : "kind_\(organization.kind.rawValue)"]),
            lead: nil, leadLang: nil, facts: facts.compactMap { $0 }, prose: nil, proseLang: nil, sections: sections,
            charts: card ? cardCharts(organization, scope) : [])
        return OrganizationView(entity: entity, contacts: contacts, indicators: card ? indicatorTable(organization, scope) : nil)
    }

    /// For each indicator with municipal data, the municipality's trend against the region and the
    /// country. Its place among the municipalities is a column of the indicator table; the indicator's
    /// page compares them all (a comparison chart per indicator doubled a card's weight).
    static func cardCharts(_ organization: Organization, _ scope: PageScope) -> [ChartView] {
        let factory = ChartFactory(scope: scope)
        return scope.plan.indicators.filter { $0.latest(area: organization.id) != nil }.map { indicator in
            factory.cardTrend(indicator, municipality: organization.id, id: "chart-\(indicator.id)-trend")
        }
    }

    /// The municipality against the region and the country, each indicator's newest municipal year,
    /// and the municipality's place among those with a value that year (best first).
    static func indicatorTable(_ organization: Organization, _ scope: PageScope) -> TableView {
        let site = scope.site
        let plan = scope.plan
        let labels = site.labels
        let rows = plan.indicators.compactMap { indicator -> RowView? in
            guard let latest = indicator.latest(area: organization.id) else { return nil }
            func cell(_ area: String?) -> CellView {
                let value = area.flatMap { indicator.value(area: $0, year: latest.year) }
                return CellView(text: site.value(value, indicator), numeric: true, missing: value == nil)
            }
            var rank = CellView(text: labels["none"], numeric: true, missing: true)
            if indicator.better != .neutral, let ranking = site.rankings.ranking(indicator, scope), ranking.year == latest.year,
               let place = ranking.places[organization.id] {
                rank = CellView(text: labels.format("municipality_rank_value", ["rank": String(place), "count": String(ranking.ranked)]),
                                numeric: true)
            }
            return RowView(head: scope.cell(.indicator(indicator.id), indicator.name), cells: [
                CellView(text: String(latest.year), numeric: true),
                cell(organization.id), cell(plan.site.region.id), cell(plan.site.country?.id), rank,
            ])
        }
        return TableView(id: "indicators-table", caption: labels["municipality_indicators"],
                         headers: [HeaderView(text: labels["indicator"]), HeaderView(text: labels["year"], numeric: true),
                                   HeaderView(text: site.string(organization.name), numeric: true),
                                   HeaderView(text: site.string(plan.region?.name), numeric: true),
                                   HeaderView(text: site.string(plan.country?.name), numeric: true),
                                   HeaderView(text: labels["municipality_rank"], numeric: true)],
                         rows: rows, stacked: true)
    }
}
