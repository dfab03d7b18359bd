import PlanModel

/// `/paivitykset/`: the latest follow-up entries, newest first, with the feed to subscribe to.
enum UpdatesPage {
    static func make(_ scope: PageScope) -> ListView {
        let site = scope.site
        let labels = scope.labels
        let log = FollowUpLog(scope.plan)
        let rows = log.entries.prefix(100).map { item in
            RowView(head: CellView(text: site.date(item.entry.date)), cells: [
                scope.cell(.measure(item.measure.id), item.measure.title),
                CellView(text: labels["status_\(item.entry.status.rawValue)"], status: item.entry.status.rawValue),
                CellView(text: item.entry.progress.map { "\($0)\u{00A0}%" } ?? labels["none"], numeric: true),
                CellView(text: item.entry.note.map(site.string) ?? labels["none"]),
            ])
        }
        let table = TableView(id: "updates-table", caption: labels["updates"],
                              headers: [HeaderView(text: labels["date"]), HeaderView(text: labels["measure"]),
                                        HeaderView(text: labels["status"]), HeaderView(text: labels["progress"], numeric: true),
                                        HeaderView(text: labels["note"])],
                              rows: Array(rows), stacked: true)
        let feed = SectionView(id: "feed", heading: labels["feed"],
                               links: [LinkView(href: scope.href(file: scope.site.router.feed(scope.site.language)), text: labels["feed"])])
        return ListView(layout: ListPages.layout(scope, "updates", nil), lead: labels["updates_intro"], cards: [],
                        sections: [feed, SectionView(id: "updates", heading: labels["updates"], table: table)])
    }
}
