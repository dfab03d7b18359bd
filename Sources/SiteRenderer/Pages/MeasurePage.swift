import PlanModel

/// A measure: who, when, with what money, how far, and its follow-up history.
struct MeasureView: Encodable {
    struct Entry: Encodable {
        var date: String
        var iso: String
        var status: StatusView
        var progress: Int?
        var note: String?
        var noteLang: String?
    }

    var entity: EntityView
    var status: StatusView
    var progress: Int?
    var history: [Entry]
}

enum MeasurePage {
    static func make(_ measure: Measure, _ scope: PageScope, templates: TemplateSet) throws -> MeasureView {
        let site = scope.site
        let plan = scope.plan
        let labels = scope.labels
        let tables = Tables(scope: scope)
        var budget: String?
        if let b = measure.budget {
            budget = [b.amount.map(site.format.euros), b.note.map(site.string)].compactMap { $0 }.joined(separator: ", ")
        }
        let facts: [FactView?] = [
            scope.fact("lead", [scope.partyCell(measure.lead)]),
            scope.fact("partners", measure.partners.map(scope.partyCell)),
            scope.fact("schedule", measure.schedule == nil ? nil : tables.schedule(measure)),
            scope.fact("budget", budget),
            scope.fact("status_date", measure.followUp.last.map { site.date($0.date) }),
        ]
        let prose = try Prose(scope: scope, templates: templates).html(scope.plan.body(of: measure))
        let sections = [
            scope.section("goals", "served_goals", links: scope.goalLinks(measure.goals.map(\.id))),
            scope.section("indicators", "process_indicators",
                          links: measure.indicators.compactMap { plan.indicator($0.id) }.map { scope.link(.indicator($0.id), $0.name) }),
        ].compactMap { $0 }
        let history = measure.followUp.reversed().map { entry -> MeasureView.Entry in
            let note = entry.note.map(site.text)
            return .init(date: site.date(entry.date), iso: entry.date.description, status: site.status(entry.status), progress: entry.progress,
                         note: note?.text, noteLang: note?.lang)
        }
        let entity = EntityView(
            layout: LayoutView(scope, kind: "measure", title: site.text(measure.title), section: .measures,
                               trail: [LinkView(href: scope.href(.measures), text: labels["measures"])], eyebrow: labels["measure"]),
            lead: nil, leadLang: nil, facts: facts.compactMap { $0 }, prose: prose?.html, proseLang: prose?.lang, sections: sections)
        return MeasureView(entity: entity, status: site.status(measure.status), progress: measure.progress, history: history)
    }
}
