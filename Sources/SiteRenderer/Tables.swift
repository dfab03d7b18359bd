import PlanModel

/// Tables used on pages and in Markdown table blocks, built the same way wherever they appear.
struct Tables {
    let scope: PageScope
    var site: SiteContext { scope.site }
    var labels: Labels { site.labels }

    func goals(_ goals: [Goal], id: String, caption: String) -> TableView {
        let region = scope.plan.site.region.id
        let rows = goals.map { goal -> RowView in
            let tracks = goal.targets.compactMap { target -> TargetProgress? in
                guard let indicator = scope.plan.indicator(target.indicator.id) else { return nil }
                return TargetProgress(target: target, indicator: indicator, region: region)
            }
            let track = tracks.first?.track ?? .none
            return RowView(head: scope.cell(.goal(goal.id), goal.title), cells: [
                scope.cell(.focusArea(goal.focusArea.id), scope.plan.focusArea(goal.focusArea.id)?.title),
                CellView(text: "\(scope.plan.related(\.measuresByGoal, goal.id).count)", numeric: true),
                CellView(text: labels["track_\(track.rawValue)"], track: track.rawValue),
            ])
        }
        return TableView(id: id, caption: caption,
                         headers: [HeaderView(text: labels["goal"]), HeaderView(text: labels["focus_area"]),
                                   HeaderView(text: labels["measures"], numeric: true), HeaderView(text: labels["target_status"])],
                         rows: rows, stacked: true)
    }

    func measures(_ measures: [Measure], id: String, caption: String) -> TableView {
        let rows = measures.map { measure -> RowView in
            RowView(head: scope.cell(.measure(measure.id), measure.title), cells: [
                scope.partyCell(measure.lead),
                CellView(text: schedule(measure)),
                CellView(text: labels["status_\(measure.status.rawValue)"], status: measure.status.rawValue),
                CellView(text: measure.progress.map { "\($0)\u{00A0}%" } ?? labels["none"], numeric: true),
            ])
        }
        return TableView(id: id, caption: caption,
                         headers: [HeaderView(text: labels["measure"]), HeaderView(text: labels["lead"]),
                                   HeaderView(text: labels["schedule"]), HeaderView(text: labels["status"]),
                                   HeaderView(text: labels["progress"], numeric: true)],
                         rows: rows, stacked: true)
    }

    /// Measures with everything a council reads about them: lead, partners, schedule, money, status.
    func measureDetails(_ measures: [Measure], id: String, caption: String) -> TableView {
        let rows = measures.map { measure -> RowView in
            var budget = labels["none"]
            if let b = measure.budget {
                budget = [b.amount.map(site.format.euros), b.note.map(site.string)].compactMap { $0 }.joined(separator: ", ")
            }
            return RowView(head: scope.cell(.measure(measure.id), measure.title), cells: [
                scope.partyCell(measure.lead),
                CellView(text: measure.partners.map(scope.partyName).joined(separator: ", ").nonEmpty ?? labels["none"]),
                CellView(text: schedule(measure)),
                CellView(text: budget),
                CellView(text: labels["status_\(measure.status.rawValue)"], status: measure.status.rawValue),
            ])
        }
        return TableView(id: id, caption: caption,
                         headers: [HeaderView(text: labels["measure"]), HeaderView(text: labels["lead"]),
                                   HeaderView(text: labels["partners"]), HeaderView(text: labels["schedule"]),
                                   HeaderView(text: labels["budget"]), HeaderView(text: labels["status"])],
                         rows: rows, stacked: true)
    }

    /// The follow-up entries of a year, newest first: what changed since the last report.
    func followUps(_ measures: [Measure], year: Int, id: String, caption: String) -> TableView {
        let entries = measures.flatMap { measure in measure.followUp.filter { $0.date.year == year }.map { (measure, $0) } }
            .sorted { ($1.1.date, $0.0.id) < ($0.1.date, $1.0.id) }
        let rows = entries.map { measure, entry in
            RowView(head: scope.cell(.measure(measure.id), measure.title), cells: [
                CellView(text: site.date(entry.date)),
                CellView(text: labels["status_\(entry.status.rawValue)"], status: entry.status.rawValue),
                CellView(text: entry.progress.map { "\($0)\u{00A0}%" } ?? labels["none"], numeric: true),
                CellView(text: entry.note.map(site.string) ?? labels["none"]),
            ])
        }
        return TableView(id: id, caption: caption,
                         headers: [HeaderView(text: labels["measure"]), HeaderView(text: labels["date"]),
                                   HeaderView(text: labels["status"]), HeaderView(text: labels["progress"], numeric: true),
                                   HeaderView(text: labels["note"])],
                         rows: rows, stacked: true)
    }

    func schedule(_ measure: Measure) -> String {
        guard let schedule = measure.schedule else { return labels["none"] }
        let start = schedule.start.map(site.month) ?? ""
        let end = schedule.end.map(site.month) ?? ""
        return start == end ? start : "\(start)–\(end)"
    }

    func indicators(_ indicators: [Indicator], id: String, caption: String) -> TableView {
        let region = scope.plan.site.region.id
        let rows = indicators.map { indicator -> RowView in
            let latest = indicator.latest(area: region)
            return RowView(head: scope.cell(.indicator(indicator.id), indicator.name), cells: [
                CellView(text: latest.map { String($0.year) } ?? labels["none"], numeric: true),
                CellView(text: latest.map { site.value($0.value, indicator) } ?? labels["no_data"], numeric: true,
                         missing: latest == nil),
                CellView(text: indicator.source.name),
            ])
        }
        return TableView(id: id, caption: caption,
                         headers: [HeaderView(text: labels["indicator"]), HeaderView(text: labels["year"], numeric: true),
                                   HeaderView(text: site.string(scope.plan.region?.name), numeric: true),
                                   HeaderView(text: labels["source"])],
                         rows: rows, stacked: true)
    }

    /// Measures with their lead and partners: the division of responsibility.
    func responsibilities(_ measures: [Measure], id: String, caption: String) -> TableView {
        let rows = measures.map { measure in
            RowView(head: scope.cell(.measure(measure.id), measure.title), cells: [
                scope.partyCell(measure.lead),
                CellView(text: measure.partners.map(scope.partyName).joined(separator: ", ").nonEmpty ?? labels["none"]),
            ])
        }
        return TableView(id: id, caption: caption,
                         headers: [HeaderView(text: labels["measure"]), HeaderView(text: labels["lead"]),
                                   HeaderView(text: labels["partners"])],
                         rows: rows, stacked: true)
    }

    func calendar(_ events: [CalendarEvent], id: String, caption: String) -> TableView {
        let rows = CalendarOrder.sorted(events).map { event in
            RowView(head: scope.cell(nil, event.title), cells: [
                CellView(text: when(event)),
                CellView(text: labels["event_\(event.kind.rawValue)"]),
                event.body.flatMap { scope.plan.body($0.id) }.map { scope.cell(.body($0.id), $0.name) } ?? CellView(text: labels["none"]),
            ])
        }
        return TableView(id: id, caption: caption,
                         headers: [HeaderView(text: labels["title"]), HeaderView(text: labels["date"]),
                                   HeaderView(text: labels["event_kind"]), HeaderView(text: labels["body"])],
                         rows: rows, stacked: true)
    }

    func when(_ event: CalendarEvent) -> String {
        switch event.when {
        case .months(let months):
            return months.map { labels.monthNames[$0 - 1] }.joined(separator: ", ")
        case .dated(let day, let time, let end):
            var text = site.date(day)
            if let end, end != day { text += "–" + site.date(end) }
            if let time { text += " " + time.description }
            return text
        }
    }

    func bodies(_ bodies: [Body], id: String, caption: String) -> TableView {
        let rows = bodies.map { body in
            RowView(head: scope.cell(.body(body.id), body.name), cells: [
                CellView(text: labels["level_\(body.level.rawValue)"]),
                body.convener.map(scope.partyCell) ?? CellView(text: labels["none"]),
                CellView(text: frequency(body)),
            ])
        }
        return TableView(id: id, caption: caption,
                         headers: [HeaderView(text: labels["body"]), HeaderView(text: labels["level"]),
                                   HeaderView(text: labels["convener"]), HeaderView(text: labels["meetings_per_year"])],
                         rows: rows, stacked: true)
    }

    func frequency(_ body: Body) -> String {
        guard let range = body.meetingsPerYear else { return labels["none"] }
        let count = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
        return "\(count) \(labels["times_a_year"])"
    }

    func contacts(_ organizations: [Organization], id: String, caption: String) -> TableView {
        let rows = organizations.flatMap { organization in
            organization.contacts.map { contact in
                RowView(head: CellView(text: contact.name), cells: [
                    scope.cell(scope.route(forOrganization: organization.id), organization.name),
                    CellView(text: site.string(contact.role).nonEmpty ?? labels["none"]),
                    contact.email.map { CellView(text: $0, href: "mailto:\($0)") } ?? CellView(text: labels["none"]),
                    contact.pair.map(scope.partyCell) ?? CellView(text: labels["none"]),
                ])
            }
        }
        return TableView(id: id, caption: caption,
                         headers: [HeaderView(text: labels["contacts"]), HeaderView(text: labels["organization"]),
                                   HeaderView(text: labels["contact_role"]), HeaderView(text: labels["email"]),
                                   HeaderView(text: labels["counterpart"])],
                         rows: rows, stacked: true)
    }

    /// Years down, areas (and groups) across: the data behind a trend.
    func trend(_ indicator: Indicator, areas: [String], groups: [String], years: ClosedRange<Int>?, id: String,
               caption: String) -> TableView {
        let series = areas.flatMap { area in groups.map { (area, $0) } }
            .filter { !indicator.series(area: $0.0, group: $0.1).isEmpty }
        let allYears = indicator.years.filter { years?.contains($0) ?? true }
        let headers = [HeaderView(text: labels["year"])] + series.map { area, group in
            let name = site.string(scope.plan.organization(area)?.name)
            return HeaderView(text: groups.count > 1 ? "\(name), \(site.groupName(group))" : name, numeric: true)
        }
        let rows = allYears.map { year in
            RowView(head: CellView(text: String(year)), cells: series.map { area, group in
                let value = indicator.value(area: area, year: year, group: group)
                return CellView(text: site.value(value, indicator), numeric: true, missing: value == nil)
            })
        }
        return TableView(id: id, caption: caption, headers: headers, rows: rows)
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

/// Events in calendar order: recurring ones by first month, dated ones by date; ids break ties.
enum CalendarOrder {
    static func sorted(_ events: [CalendarEvent]) -> [CalendarEvent] {
        events.sorted { a, b in
            let ka = key(a), kb = key(b)
            return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.id < b.id
        }
    }

    private static func key(_ event: CalendarEvent) -> [Int] {
        switch event.when {
        case .months(let months): return [0, months.first ?? 0, 0, 0]
        case .dated(let day, let time, _): return [1, day.year * 10000 + day.month * 100 + day.day, (time?.hour ?? 0) * 60 + (time?.minute ?? 0), 0]
        }
    }
}
