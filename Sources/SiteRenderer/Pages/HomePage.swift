import PlanModel

/// The front page: the plan at a glance.
struct HomeView: Encodable {
    struct FocusAreaCard: Encodable {
        var link: LinkView
        var summary: String?
        var summaryLang: String?
        var goalCount: Int
        var measureCount: Int
        var tracks: String
    }

    struct EventLine: Encodable {
        var when: String
        var title: String
        var lang: String?
        var href: String?
    }

    struct Stat: Encodable {
        var value: Int
        var label: String
        var status: String
    }

    var layout: LayoutView
    var term: String
    var statusDate: String?
    var focusAreas: [FocusAreaCard]
    var stats: [Stat]
    var statusChart: ChartView
    var upcoming: [EventLine]
    var calendarHref: String
    var sections: [LinkView]
    /// The council attachments: each report with its PDF when PDFs are built.
    var reports: [ListView.Card]
    var reportsHref: String
}

enum HomePage {
    static func make(_ scope: PageScope, templates: TemplateSet, pdf: Bool) -> HomeView {
        let site = scope.site
        let plan = scope.plan
        let labels = site.labels
        let region = plan.site.region.id
        let cards = plan.focusAreas.map { area -> HomeView.FocusAreaCard in
            let goals = scope.plan.related(\.goalsByFocusArea, area.id).compactMap(plan.goal)
            let measures = Set(goals.flatMap { scope.plan.related(\.measuresByGoal, $0.id) })
            var counts: [TargetProgress.Track: Int] = [:]
            for goal in goals {
                for target in goal.targets {
                    guard let indicator = plan.indicator(target.indicator.id) else { continue }
                    counts[TargetProgress(target: target, indicator: indicator, region: region).track, default: 0] += 1
                }
            }
            let tracks = [TargetProgress.Track.reached, .on, .off, .none, .neutral].compactMap { track in
                counts[track].map { "\(labels["track_\(track.rawValue)"]): \($0)" }
            }.joined(separator: ", ")
            let summary = area.summary.map(site.text)
            return .init(link: scope.link(.focusArea(area.id), area.title), summary: summary?.text, summaryLang: summary?.lang,
                         goalCount: goals.count, measureCount: measures.count, tracks: tracks)
        }
        let stats = Measure.Status.allCases.map { status in
            HomeView.Stat(value: plan.measures.filter { $0.status == status }.count,
                          label: labels["status_\(status.rawValue)"], status: status.rawValue)
        }
        let layout = LayoutView(scope, kind: "home", title: site.text(plan.site.title), section: nil)
        let sections = LayoutView.navigation.map { route, key in LinkView(href: scope.href(route), text: labels[key]) }
        return HomeView(layout: layout, term: "\(plan.site.termStart)–\(plan.site.termEnd)",
                        statusDate: plan.asOf.map(site.date), focusAreas: cards, stats: stats,
                        statusChart: ChartFactory(scope: scope).status(plan.measures, id: "chart-status", byFocusArea: true),
                        upcoming: upcoming(scope), calendarHref: scope.href(.calendar), sections: sections,
                        reports: reports(scope, pdf: pdf), reportsHref: scope.href(.reports))
    }

    /// The Markdown reports, the whole plan and the yearly report (the municipality cards are on the reports page).
    static func reports(_ scope: PageScope, pdf: Bool) -> [ListView.Card] {
        let plan = scope.plan
        let builder = AttachmentBuilder(scope: scope)
        let ids = plan.reports.map(\.id) + [GeneratedReportID.plan, GeneratedReportID.yearly(AttachmentBuilder.year(plan))]
        return ids.map { id in
            let report = plan.reports.first { $0.id == id }
            let title = report.map { scope.site.text($0.title) } ?? (builder.title(id), nil)
            let href = report.map(scope.reportHref) ?? scope.href(.report(id))
            let pdfLink = pdf ? LinkView(href: href + Router.pdfName(id), text: "\(scope.labels["pdf_version"]) (PDF/A)") : nil
            return ListView.Card(link: LinkView(href: href, text: title.0, lang: report?.language?.rawValue ?? title.1), text: nil,
                                 textLang: nil, meta: nil, download: pdfLink)
        }
    }

    /// The next dated events from the content's own date, then the recurring events of the coming months.
    static func upcoming(_ scope: PageScope) -> [HomeView.EventLine] {
        let site = scope.site
        let plan = scope.plan
        let tables = Tables(scope: scope)
        let from = plan.asOf ?? Day(year: plan.site.termStart, month: 1, day: 1)
        let dated = CalendarOrder.sorted(plan.events.filter { ($0.date ?? from) >= from && $0.date != nil }).prefix(5)
        let monthOrder = (0..<12).map { (from.month - 1 + $0) % 12 + 1 }
        let recurring = plan.events.filter { !$0.months.isEmpty }
            .sorted { a, b in
                let ia = monthOrder.firstIndex { a.months.contains($0) } ?? 12
                let ib = monthOrder.firstIndex { b.months.contains($0) } ?? 12
                return ia != ib ? ia < ib : a.id < b.id
            }.prefix(3)
        return (Array(dated) + Array(recurring)).map { event in
            let title = site.text(event.title)
            return .init(when: tables.when(event), title: title.text, lang: title.lang,
                         href: event.body.map { scope.href(.body($0.id)) })
        }
    }
}
