import PlanModel

enum BodyPage {
    static func make(_ body: Body, _ scope: PageScope) -> EntityView {
        let site = scope.site
        let labels = scope.labels
        let tables = Tables(scope: scope)
        let facts: [FactView?] = [
            scope.fact("level", labels["level_\(body.level.rawValue)"]),
            scope.fact("convener", body.convener.map { [scope.partyCell($0)] } ?? []),
            scope.fact("meetings_per_year", body.meetingsPerYear == nil ? nil : tables.frequency(body)),
            scope.fact("legal_basis", body.legalBasis.joined(separator: "; ").nonEmpty),
        ]
        var sections = [
            scope.section("members", "members", links: body.members.map { party in
                let cell = scope.partyCell(party)
                return LinkView(href: cell.href ?? scope.href(.organizations), text: cell.text)
            }),
            scope.section("meetings", "meetings", links: body.meetings.map { LinkView(href: scope.href(.calendar), text: site.date($0)) }),
        ].compactMap { $0 }
        let events = scope.plan.related(\.eventsByBody, body.id).compactMap(scope.plan.event)
        if !events.isEmpty {
            sections.append(SectionView(id: "events", heading: labels["events"],
                                        table: tables.calendar(events, id: "events-table", caption: labels["events"])))
        }
        sections.append(SectionView(id: "calendar", heading: labels["calendar_subscribe"],
                                    links: scope.calendarLinks(body.id)))
        let purpose = body.purpose.map(site.text)
        return EntityView(
            layout: LayoutView(scope, kind: "body", title: site.text(body.name), section: .cooperation,
                               trail: [LinkView(href: scope.href(.cooperation), text: labels["cooperation"])], eyebrow: labels["body"]),
            lead: purpose?.text, leadLang: purpose?.lang, facts: facts.compactMap { $0 }, prose: nil, proseLang: nil,
            sections: sections)
    }
}
