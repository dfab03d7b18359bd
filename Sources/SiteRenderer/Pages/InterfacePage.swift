import PlanModel

/// A service interface with the services on both sides and its division of tasks.
struct InterfaceView: Encodable {
    var entity: EntityView
    var municipality: [CellView]
    var welfareRegion: [CellView]
    var questions: [CellView]
    var tasks: TableView
}

enum InterfacePage {
    static func make(_ interface: Interface, _ scope: PageScope, templates: TemplateSet) throws -> InterfaceView {
        let site = scope.site
        let labels = scope.labels
        let prose = try Prose(scope: scope, templates: templates).html(scope.plan.body(of: interface))
        let sections = [scope.section("goals", "goals", links: scope.goalLinks(interface.goals.map(\.id)))].compactMap { $0 }
        func cells(_ texts: [LocalizedText]) -> [CellView] { texts.map(site.text).map { CellView(text: $0.text, lang: $0.lang) } }
        let entity = EntityView(
            layout: LayoutView(scope, kind: "interface", title: site.text(interface.title), section: .interfaces,
                               trail: [LinkView(href: scope.href(.interfaces), text: labels["interfaces"])], eyebrow: labels["interface"]),
            lead: nil, leadLang: nil, facts: [], prose: prose?.html, proseLang: prose?.lang, sections: sections)
        return InterfaceView(entity: entity, municipality: cells(interface.municipalityServices),
                             welfareRegion: cells(interface.welfareRegionServices), questions: cells(interface.questions),
                             tasks: TaskTable.make(interface, scope: scope, id: "tasks-table"))
    }
}

/// The division-of-tasks table of one interface.
enum TaskTable {
    static func make(_ interface: Interface, scope: PageScope, id: String, caption: String? = nil) -> TableView {
        let site = scope.site
        let labels = site.labels
        func cell(_ text: LocalizedText?) -> CellView {
            guard let text else { return CellView(text: labels["none"], missing: true) }
            let resolved = site.text(text)
            return CellView(text: resolved.text, lang: resolved.lang)
        }
        let rows = interface.tasks.map { row in
            RowView(head: cell(row.task), cells: [cell(row.municipality), cell(row.welfareRegion), cell(row.shared)])
        }
        return TableView(id: id, caption: caption ?? labels["division_of_tasks"],
                         headers: [HeaderView(text: labels["task"]), HeaderView(text: labels["municipality_side"]),
                                   HeaderView(text: labels["welfare_region_side"]), HeaderView(text: labels["shared"])],
                         rows: rows, stacked: true)
    }
}
