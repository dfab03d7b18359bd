import Charts
import PlanModel

/// Builds the charts of a page from the plan: chooses the data, writes the words in the page's
/// language and pairs each chart with its data table.
struct ChartFactory {
    let scope: PageScope
    var site: SiteContext { scope.site }
    var plan: PlanReader { scope.plan }
    var labels: Labels { site.labels }

    /// Reports are printed: their charts show the data table open.
    var isPrintDocument: Bool {
        if case .report = scope.route { return true }
        return false
    }

    func format(_ indicator: Indicator) -> ValueFormat {
        ValueFormat(decimalSeparator: site.format.decimalSeparator, groupSeparator: site.format.groupSeparator,
                    decimals: indicator.decimals, unit: indicator.unit)
    }

    var regionID: String { plan.site.region.id }
    var countryID: String? { plan.site.country?.id }

    func name(_ area: String) -> String { site.string(plan.organization(area)?.name) }

    // MARK: Trend

    /// An indicator over the years: `strong` areas drawn bold (the region, the country, a highlighted
    /// municipality), `others` light; one series per area and group; goal markers when given.
    func trend(_ indicator: Indicator, id: String, strong: [String], highlight: String? = nil, others: [String] = [],
               group: String = Observation.totalGroup, groups: [String]? = nil, years: ClosedRange<Int>? = nil,
               markers: [TrendChart.Marker] = [], title: String? = nil) -> ChartView {
        let groups = groups ?? [group]
        let allYears = indicator.years
        let first = allYears.first ?? plan.site.termStart
        let last = max(allYears.last ?? plan.site.termEnd, markers.map(\.year).max() ?? 0)
        let span = years ?? (first...max(first, last))
        func values(_ area: String, _ group: String) -> [Int: Double] {
            var result: [Int: Double] = [:]
            for o in indicator.series(area: area, group: group) where span.contains(o.year) {
                if let value = o.value { result[o.year] = value }
            }
            return result
        }
        let emphasis: (String) -> TrendChart.Emphasis = { area in
            area == highlight ? .highlight : area == self.regionID ? .region : area == self.countryID ? .country : .other
        }
        let areas = others.filter { !strong.contains($0) } + strong
        let series = areas.flatMap { area in
            groups.map { group in
                TrendChart.Series(name: groups.count > 1 ? "\(name(area)), \(site.groupName(group))" : name(area),
                                  values: values(area, group), emphasis: emphasis(area))
            }
        }
        var chartTitle = title ?? site.string(indicator.name)
        if groups.count == 1 && groups[0] != Observation.totalGroup { chartTitle += " (\(site.groupName(groups[0])))" }
        let summary = trendSummary(indicator, area: highlight ?? strong.first ?? regionID, group: groups[0], span: span)
        let trend = TrendChart(id: id, title: chartTitle, summary: summary, years: span, series: series, markers: markers,
                               othersLabel: others.isEmpty ? nil : labels["chart_others"], format: format(indicator))
        let chart = site.chartMemo?.trend(trend) ?? trend.draw()
        let table = Tables(scope: scope).trend(indicator, areas: strong + others.filter { !strong.contains($0) }, groups: groups,
                                               years: span, id: "\(id)-data", caption: chartTitle)
        return ChartView(chart, id: id, table: table, dataLabel: labels["chart_show_data"], open: isPrintDocument)
    }

    /// A municipality's trend against the region and the country, as its card page and its compiled
    /// card show it: made once for both when they are made together (`SharedCharts`).
    func cardTrend(_ indicator: Indicator, municipality: String, id: String) -> ChartView {
        let strong = [municipality, regionID] + (countryID.map { [$0] } ?? [])
        guard let shared = site.sharedCharts else { return trend(indicator, id: id, strong: strong, highlight: municipality) }
        // Both documents sit two folders deep in the same language, so the table's links read the same.
        let key = "\(indicator.id)\u{0}\(municipality)\u{0}\(site.router.folders(scope.route, site.language).count)"
        let figure = shared.figure(key) { trend(indicator, id: SharedCharts.placeholder, strong: strong, highlight: municipality) }
        return figure!.with(id: id, open: isPrintDocument)
    }

    func trendSummary(_ indicator: Indicator, area: String, group: String, span: ClosedRange<Int>) -> String {
        let observed = indicator.series(area: area, group: group).filter { $0.value != nil && span.contains($0.year) }
        let indicatorName = site.string(indicator.name)
        guard let first = observed.first, let last = observed.last, let from = first.value, let to = last.value else {
            return labels.format("chart_trend_empty", ["indicator": indicatorName])
        }
        let direction = to < from ? "chart_direction_down" : to > from ? "chart_direction_up" : "chart_direction_flat"
        var country = ""
        if let countryID, countryID != area, let value = indicator.value(area: countryID, year: last.year, group: group) {
            country = labels.format("chart_trend_country", ["name": name(countryID), "value": site.value(value, indicator),
                                                            "year": String(last.year)])
        }
        return labels.format("chart_trend_summary", [
            "area": name(area), "indicator": indicatorName, "direction": labels[direction],
            "start": String(first.year), "end": String(last.year),
            "from": site.value(from, indicator), "to": site.value(to, indicator), "country": country,
        ])
    }

    // MARK: Compare

    /// Every municipality in the newest year with municipal data, best first; the region and the
    /// country as reference lines.
    func compare(_ indicator: Indicator, id: String) -> ChartView? {
        guard let ranking = site.rankings.ranking(indicator, scope) else { return nil }
        let (year, sorted) = (ranking.year, ranking.rows)
        guard let table = IndicatorPage.comparison(indicator, scope) else { return nil }
        let bars = sorted.map { CompareChart.Bar(name: site.string($0.0.name), value: $0.1, highlighted: false) }
        let references = ([regionID] + (countryID.map { [$0] } ?? [])).compactMap { area -> CompareChart.Reference? in
            indicator.value(area: area, year: year).map { CompareChart.Reference(name: name(area), value: $0) }
        }
        let values = sorted.compactMap { pair in pair.1.map { (pair.0, $0) } }
        var summary = site.string(indicator.name)
        if let best = values.max(by: { $0.1 < $1.1 }), let least = values.min(by: { $0.1 < $1.1 }) {
            let reference = references.map {
                labels.format("chart_compare_reference", ["name": $0.name, "value": site.value($0.value, indicator)])
            }.joined()
            summary = labels.format("chart_compare_summary", [
                "indicator": site.string(indicator.name), "year": String(year),
                "maxName": site.string(best.0.name), "maxValue": site.value(best.1, indicator),
                "minName": site.string(least.0.name), "minValue": site.value(least.1, indicator), "reference": reference])
        }
        let title = "\(labels["comparison_table"]) \(year): \(site.string(indicator.name))"
        let chart = CompareChart(id: id, title: title, summary: summary, bars: bars, references: references,
                                 missingLabel: labels["no_data"], format: format(indicator)).draw()
        var data = table
        data.id = "\(id)-data"
        return ChartView(chart, id: id, table: data, dataLabel: labels["chart_show_data"], open: isPrintDocument)
    }

    // MARK: Progress

    func progress(_ goal: Goal, _ target: Target, id: String) -> ChartView? {
        guard let indicator = plan.indicator(target.indicator.id) else { return nil }
        let progress = TargetProgress(target: target, indicator: indicator, region: regionID)
        let better: ProgressChart.Better = indicator.better == .higher ? .higher : indicator.better == .lower ? .lower : .neutral
        let baseline = progress.baseline.map {
            ProgressChart.Point(label: labels.format("chart_marker_baseline", ["year": String($0.year)]), year: $0.year, value: $0.value)
        }
        let latest = progress.latest.flatMap { o in o.value.map {
            ProgressChart.Point(label: labels.format("chart_marker_latest", ["year": String(o.year)]), year: o.year, value: $0)
        } }
        let goalPoint = ProgressChart.Point(label: labels.format("chart_marker_target", ["year": String(progress.target.year)]),
                                            year: progress.target.year, value: progress.target.value)
        let area = target.area?.id ?? regionID
        var areaName = name(area)
        if target.group != Observation.totalGroup { areaName += ", " + site.groupName(target.group) }
        let track = labels["track_\(progress.track.rawValue)"]
        let none = labels["data_missing"]
        let summary = labels.format("chart_progress_summary", [
            "indicator": site.string(indicator.name), "area": areaName,
            "baseline": progress.baseline.map { "\(site.value($0.value, indicator)) (\($0.year))" } ?? none,
            "latest": progress.latest.map { "\(site.value($0.value, indicator)) (\($0.year))" } ?? none,
            "target": "\(site.value(progress.target.value, indicator)) (\(progress.target.year))", "track": track])
        let chart = ProgressChart(id: id, title: "\(site.string(indicator.name)) – \(areaName)", summary: summary,
                                  baseline: baseline, latest: latest, target: goalPoint, better: better, trackLabel: track,
                                  track: progress.track.rawValue, format: format(indicator)).draw()
        var single = goal
        single.targets = [target]
        return ChartView(chart, id: id, table: TargetTable(scope: scope).table(single, id: "\(id)-data"), dataLabel: labels["chart_show_data"], open: isPrintDocument)
    }

    // MARK: Status

    /// Measures by status: all of them, then one row per focus area (or just the given measures).
    func status(_ measures: [Measure], id: String, byFocusArea: Bool, title: String? = nil) -> ChartView {
        let statuses = Measure.Status.allCases.map { StatusChart.Status(key: $0.rawValue, label: labels["status_\($0.rawValue)"]) }
        func counts(_ list: [Measure]) -> [Int] { Measure.Status.allCases.map { s in list.filter { $0.status == s }.count } }
        var rows = [StatusChart.Row(name: labels["chart_all_measures"], counts: counts(measures))]
        if byFocusArea {
            for area in plan.focusAreas {
                let inArea = measures.filter { $0.goals.first.flatMap { plan.goal($0.id) }?.focusArea.id == area.id }
                rows.append(StatusChart.Row(name: site.string(area.title), counts: counts(inArea)))
            }
        }
        let total = counts(measures)
        let parts = zip(statuses, total).filter { $0.1 > 0 }.map { "\($0.0.label.lowercased()) \($0.1)" }.joined(separator: ", ")
        let summary = labels.format("chart_status_summary", ["total": String(measures.count), "counts": parts])
        let chartTitle = title ?? labels["measure_status"]
        let chart = StatusChart(id: id, title: chartTitle, summary: summary, statuses: statuses, rows: rows).draw()
        return ChartView(chart, id: id, table: StatusTable.table(measures, site: site, id: "\(id)-data", caption: chartTitle), dataLabel: labels["chart_show_data"], open: isPrintDocument)
    }

    // MARK: Clock

    func clock(id: String) -> ChartView {
        let recurring = plan.events.filter { !$0.months.isEmpty }
        let dated = CalendarOrder.sorted(plan.events.filter { $0.date != nil })
        let arcs = CalendarOrder.sorted(recurring).map {
            ClockChart.Arc(label: site.string($0.title), months: $0.months, kind: $0.kind.rawValue)
        }
        // Plain loops: the release optimizer of Swift 6.3.1 crashed on the nested closures this replaced.
        var marks: [ClockChart.Mark] = []
        var perMonth = Array(repeating: 0, count: 12)
        for event in recurring { for month in event.months { perMonth[month - 1] += 1 } }
        for event in dated {
            guard let day = event.date else { continue }
            marks.append(ClockChart.Mark(label: site.string(event.title) + " " + site.date(day), month: day.month, day: day.day))
            perMonth[day.month - 1] += 1
        }
        let busiest = perMonth.max() ?? 0
        let busiestMonths = perMonth.indices.filter { perMonth[$0] == busiest && busiest > 0 }.map { labels.monthNames[$0] }
        let summary = labels.format("chart_clock_summary", [
            "recurring": String(recurring.count), "dated": String(dated.count),
            "busiest": busiestMonths.joined(separator: ", ")])
        let chart = ClockChart(id: id, title: labels["calendar"], summary: summary, monthNames: labels.monthNames,
                               arcs: arcs, marks: marks).draw()
        return ChartView(chart, id: id, table: Tables(scope: scope).calendar(plan.events, id: "\(id)-data", caption: labels["calendar"]), dataLabel: labels["chart_show_data"], open: isPrintDocument)
    }

    // MARK: Structure

    func structure(id: String) -> ChartView {
        let tables = Tables(scope: scope)
        var levels: [StructureChart.Level] = []
        var ordered: [Body] = []
        for level in Body.Level.allCases {
            let bodies = Collation.sorted(plan.bodies.filter { $0.level == level }, text: { site.string($0.name) }, id: \.id)
            guard !bodies.isEmpty else { continue }
            ordered += bodies
            levels.append(StructureChart.Level(name: labels["level_\(level.rawValue)"], boxes: bodies.map { body in
                let convener = body.convener.map(scope.partyName) ?? ""
                let detail = labels.format("chart_structure_detail", ["convener": convener, "frequency": tables.frequency(body)])
                return StructureChart.Box(name: site.string(body.name), detail: detail)
            }))
        }
        let list = levels.map { "\($0.name.lowercased()) \($0.boxes.count)" }.joined(separator: ", ")
        let summary = labels.format("chart_structure_summary", ["bodies": String(ordered.count), "levels": String(levels.count), "list": list])
        let chart = StructureChart(id: id, title: labels["cooperation"], summary: summary, levels: levels).draw()
        return ChartView(chart, id: id, table: tables.bodies(ordered, id: "\(id)-data", caption: labels["cooperation"]), dataLabel: labels["chart_show_data"], open: isPrintDocument)
    }
}
