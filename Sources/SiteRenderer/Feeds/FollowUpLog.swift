import PlanModel

/// Every follow-up entry of every measure, newest first: the plan's updates, for the updates page and the feed.
struct FollowUpLog {
    struct Entry {
        var measure: Measure
        var entry: Measure.FollowUp
        /// Stable across builds: the measure, the date and the entry's place among that day's entries.
        var key: String
    }

    let entries: [Entry]

    init(_ plan: some PlanLookups) {
        var all: [Entry] = []
        for measure in plan.measures {
            var perDay: [Day: Int] = [:]
            for entry in measure.followUp {
                let n = perDay[entry.date, default: 0]
                perDay[entry.date] = n + 1
                all.append(Entry(measure: measure, entry: entry, key: "\(measure.id)/\(entry.date)" + (n > 0 ? "-\(n + 1)" : "")))
            }
        }
        entries = all.sorted { ($1.entry.date, $0.key) < ($0.entry.date, $1.key) }
    }
}
