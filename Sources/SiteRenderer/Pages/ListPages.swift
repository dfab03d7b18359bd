import PlanModel

/// Section index pages: cards and sections of tables or links.
struct ListView: Encodable {
    struct Card: Encodable {
        var link: LinkView
        var text: String?
        var textLang: String?
        var meta: String?
        /// A second link, e.g. a report's PDF.
        var download: LinkView? = nil
    }

    var layout: LayoutView
    var lead: String?
    var cards: [Card]
    var sections: [SectionView]
    var charts: [ChartView] = []
}

enum ListPages {
    static func layout(_ scope: PageScope, _ key: String, _ route: Route?) -> LayoutView {
        LayoutView(scope, kind: "list", title: (scope.labels[key], nil), section: route)
    }

    static func focusAreas(_ scope: PageScope) -> ListView {
        let site = scope.site
        let cards = scope.plan.focusAreas.map { area -> ListView.Card in
            let summary = area.summary.map(site.text)
            let goals = scope.plan.related(\.goalsByFocusArea, area.id).count
            return .init(link: scope.link(.focusArea(area.id), area.title), text: summary?.text, textLang: summary?.lang,
                         meta: "\(scope.labels["goals"]): \(goals)")
        }
        return ListView(layout: layout(scope, "focus_areas", .focusAreas), lead: nil, cards: cards, sections: [])
    }

    /// One table per focus area, in the plan's order.
    static func goals(_ scope: PageScope) -> ListView {
        let site = scope.site
        let tables = Tables(scope: scope)
        let sections = scope.plan.focusAreas.map { area in
            let goals = scope.plan.related(\.goalsByFocusArea, area.id).compactMap(scope.plan.goal)
            let title = site.string(area.title)
            return SectionView(id: "fa-\(area.id)", heading: title, table: tables.goals(goals, id: "goals-\(area.id)", caption: title))
        }
        return ListView(layout: layout(scope, "goals", .goals), lead: nil, cards: [], sections: sections)
    }

    /// Measures grouped by the focus area of their first goal.
    static func measures(_ scope: PageScope) -> ListView {
        let site = scope.site
        let plan = scope.plan
        let tables = Tables(scope: scope)
        let sections = measureSections(scope) { tables.measures($0, id: "measures-\($1)", caption: $2) }
        let lead = plan.asOf.map { "\(scope.labels["status_date"]) \(site.date($0))" }
        return ListView(layout: layout(scope, "measures", .measures), lead: lead, cards: [], sections: sections)
    }

    /// One section per focus area with the measures whose first goal is in it, as a table made by `table`
    /// (measures, focus area id, caption).
    static func measureSections(_ scope: PageScope, table: ([Measure], String, String) -> TableView) -> [SectionView] {
        let site = scope.site
        let plan = scope.plan
        return plan.focusAreas.map { area in
            let measures = plan.measures.filter { $0.goals.first.flatMap { plan.goal($0.id) }?.focusArea.id == area.id }
            let title = site.string(area.title)
            return SectionView(id: "fa-\(area.id)", heading: title, table: table(sortedByTitle(measures, site), area.id, title))
        }
    }

    static func sortedByTitle(_ measures: [Measure], _ site: SiteContext) -> [Measure] {
        Collation.sorted(measures, text: { site.string($0.title) }, id: \.id)
    }

    static func indicators(_ scope: PageScope) -> ListView {
        let site = scope.site
        let indicators = Collation.sorted(scope.plan.indicators, text: { site.string($0.name) }, id: \.id)
        let table = Tables(scope: scope).indicators(indicators, id: "indicators-table", caption: scope.labels["indicators"])
        return ListView(layout: layout(scope, "indicators", .indicators), lead: nil, cards: [],
                        sections: [SectionView(id: "all", heading: scope.labels["indicators"], table: table)])
    }

    static func municipalities(_ scope: PageScope) -> ListView {
        let site = scope.site
        let municipalities = Collation.sorted(scope.plan.municipalities, text: { site.string($0.name) }, id: \.id)
        let cards = municipalities.map { m in
            ListView.Card(link: scope.link(.municipality(m.id), m.name), text: nil, textLang: nil,
                          meta: m.code.map { "\(scope.labels["code"]) \($0)" })
        }
        return ListView(layout: layout(scope, "municipalities", .municipalities), lead: nil, cards: cards, sections: [])
    }

    /// `/sivut/`: every free page, in the order of their titles.
    static func pages(_ scope: PageScope) -> ListView {
        let site = scope.site
        let pages = Collation.sorted(scope.plan.pages, text: { site.string($0.title) }, id: \.id)
        let cards = pages.map { page -> ListView.Card in
            let summary = page.summary.map(site.text)
            return .init(link: scope.link(.page(page.id), page.title), text: summary?.text, textLang: summary?.lang, meta: nil)
        }
        return ListView(layout: layout(scope, "pages", nil), lead: nil, cards: cards, sections: [])
    }

    static func organizations(_ scope: PageScope) -> ListView {
        let site = scope.site
        let sections = Organization.Kind.allCases.compactMap { kind -> SectionView? in
            let organizations = Collation.sorted(scope.plan.organizations.filter { $0.kind == kind }, text: { site.string($0.name) }, id: \.id)
            return scope.section("kind-\(kind.rawValue)", "kind_\(kind.rawValue)",
                                 links: organizations.map { scope.link(scope.route(forOrganization: $0.id), $0.name) })
        }
        return ListView(layout: layout(scope, "organizations", nil), lead: nil, cards: [], sections: sections)
    }

    /// The cooperation structure, level by level from strategic down to forums.
    static func cooperation(_ scope: PageScope) -> ListView {
        let site = scope.site
        let tables = Tables(scope: scope)
        let sections = Body.Level.allCases.compactMap { level -> SectionView? in
            let bodies = Collation.sorted(scope.plan.bodies.filter { $0.level == level }, text: { site.string($0.name) }, id: \.id)
            guard !bodies.isEmpty else { return nil }
            let title = scope.labels["level_\(level.rawValue)"]
            return SectionView(id: "level-\(level.rawValue)", heading: title,
                               table: tables.bodies(bodies, id: "bodies-\(level.rawValue)", caption: title))
        }
        return ListView(layout: layout(scope, "cooperation", .cooperation), lead: nil, cards: [], sections: sections,
                        charts: [ChartFactory(scope: scope).structure(id: "chart-structure")])
    }

    /// The annual clock as a list: recurring events month by month, then dated events in order.
    static func calendar(_ scope: PageScope) -> ListView {
        let site = scope.site
        let tables = Tables(scope: scope)
        let labels = scope.labels
        var sections = (1...12).compactMap { month -> SectionView? in
            let events = scope.plan.events.filter { $0.months.contains(month) }
            guard !events.isEmpty else { return nil }
            let name = labels.monthNames[month - 1]
            return SectionView(id: "month-\(month)", heading: name.prefix(1).uppercased() + name.dropFirst(),
                               table: tables.calendar(events, id: "events-\(month)", caption: "\(labels["recurring_events"]): \(name)"))
        }
        let dated = scope.plan.events.filter { $0.date != nil }
        if !dated.isEmpty {
            sections.append(SectionView(id: "dated", heading: labels["dated_events"],
                                        table: tables.calendar(dated, id: "events-dated", caption: labels["dated_events"])))
        }
        sections.insert(SectionView(id: "subscribe", heading: labels["calendar_subscribe"],
                                    links: scope.calendarLinks(nil)), at: 0)
        return ListView(layout: layout(scope, "calendar", .calendar), lead: nil, cards: [], sections: sections,
                        charts: [ChartFactory(scope: scope).clock(id: "chart-clock")])
    }

    static func interfaces(_ scope: PageScope) -> ListView {
        let site = scope.site
        let interfaces = Collation.sorted(scope.plan.interfaces, text: { site.string($0.title) }, id: \.id)
        let cards = interfaces.map { interface -> ListView.Card in
            let sides = (interface.municipalityServices + interface.welfareRegionServices).map(site.string).joined(separator: ", ")
            return .init(link: scope.link(.interface(interface.id), interface.title), text: sides.nonEmpty, textLang: nil,
                         meta: "\(scope.labels["division_of_tasks"]): \(interface.tasks.count)")
        }
        return ListView(layout: layout(scope, "interfaces", .interfaces), lead: nil, cards: cards, sections: [])
    }

    /// Every responsibility in one place: measures by focus area, then each interface's tasks.
    static func responsibilities(_ scope: PageScope) -> ListView {
        let site = scope.site
        let plan = scope.plan
        let tables = Tables(scope: scope)
        var sections = measureSections(scope) { tables.responsibilities($0, id: "resp-\($1)", caption: $2) }
        for interface in Collation.sorted(plan.interfaces, text: { site.string($0.title) }, id: \.id) {
            let title = "\(scope.labels["interface"]): \(site.string(interface.title))"
            sections.append(SectionView(id: "if-\(interface.id)", heading: title,
                                        links: [scope.link(.interface(interface.id), interface.title)],
                                        table: TaskTable.make(interface, scope: scope, id: "tasks-\(interface.id)", caption: title)))
        }
        return ListView(layout: layout(scope, "responsibilities", .responsibilities), lead: scope.labels["responsibilities_intro"],
                        cards: [], sections: sections)
    }

    /// `/data/`: the plan and every indicator as files, with the source and licence.
    static func data(_ scope: PageScope) -> ListView {
        let site = scope.site
        let labels = scope.labels
        let planLinks = [LinkView(href: scope.href(file: Router.data("plan.json")), text: labels["plan_json"]),
                         LinkView(href: scope.href(file: Router.data("plan.schema.json")), text: labels["plan_schema"])]
        let indicators = Collation.sorted(scope.plan.indicators, text: { site.string($0.name) }, id: \.id)
        let rows = indicators.map { indicator in
            let citation = Citation(indicator: indicator, scope: scope)
            return RowView(head: scope.cell(.indicator(indicator.id), indicator.name), cells: [
                CellView(text: labels["download_csv"], href: scope.href(file: Router.data("\(indicator.id).csv"))),
                CellView(text: labels["download_json"], href: scope.href(file: Router.data("\(indicator.id).json"))),
                citation.sourceCell, citation.updatedCell, citation.licenceCell,
            ])
        }
        let table = TableView(id: "data-table", caption: labels["indicators"],
                              headers: [HeaderView(text: labels["indicator"]), HeaderView(text: labels["download_csv"]),
                                        HeaderView(text: labels["download_json"]), HeaderView(text: labels["source"]),
                                        HeaderView(text: labels["data_updated"]), HeaderView(text: labels["licence"])],
                              rows: rows, stacked: true)
        return ListView(layout: layout(scope, "open_data", nil), lead: labels["open_data_intro"], cards: [],
                        sections: [SectionView(id: "plan", heading: labels["open_data_plan"], links: planLinks),
                                   SectionView(id: "indicators", heading: labels["indicators"], table: table,
                                               empty: labels["open_data_licence"])])
    }

    static func reports(_ scope: PageScope, pdf: Bool) -> ListView {
        let site = scope.site
        let cards = scope.plan.reports.map { report -> ListView.Card in
            let meeting = report.meeting.map { m in
                [site.string(m.body), site.date(m.date), m.item, m.attachment].compactMap { $0 }.joined(separator: ", ")
            }
            let title = site.text(report.title)
            let href = scope.reportHref(report)
            return .init(link: LinkView(href: href, text: title.text, lang: report.language?.rawValue ?? title.lang), text: meeting,
                         textLang: nil, meta: nil, download: pdf ? LinkView(href: href + Router.pdfName(report.id), text: "\(scope.labels["pdf_version"]) (PDF/A)") : nil)
        }
        func pdfLink(_ id: String) -> LinkView? {
            pdf ? LinkView(href: scope.href(.report(id)) + Router.pdfName(id), text: "\(scope.labels["pdf_version"]) (PDF/A)") : nil
        }
        let builder = AttachmentBuilder(scope: scope)
        let compiled = AttachmentBuilder.ids(scope.plan).map { id in
            ListView.Card(link: LinkView(href: scope.href(.report(id)), text: builder.title(id)), text: nil, textLang: nil,
                          meta: scope.labels["generated_reports"], download: pdfLink(id))
        }
        return ListView(layout: layout(scope, "reports", .reports), lead: nil, cards: cards + compiled, sections: [])
    }
}
