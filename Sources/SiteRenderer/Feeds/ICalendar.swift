import PlanModel

/// iCalendar (RFC 5545) files of the plan's events: the whole annual clock, and one per cooperation body.
///
/// The output depends on the content only: UIDs come from ids and the site's host, DTSTAMP from the
/// content's own date (`Plan.asOf`), and events are written in a fixed order, so two builds of the
/// same content give the same bytes.
enum ICalendar {
    static let productID = "-//hyte//hyvinvointisuunnitelma//FI"
    static let timeZoneID = "Europe/Helsinki"

    /// Every event of the plan: `vuosikello.ics`.
    static func annualClock(_ plan: PlanReader, language: Language, calendarName: String, legalBasisLabel: String = "") -> String {
        let context = Context(plan: plan, language: language, legalBasisLabel: legalBasisLabel)
        let entries = plan.events.flatMap(context.entries(for:))
        return document(entries, context: context, calendarName: calendarName)
    }

    /// One body's dated meetings (Body.meetings) and the calendar events whose `body` is it.
    static func body(_ body: Body, plan: PlanReader, language: Language, calendarName: String, legalBasisLabel: String = "") -> String {
        let context = Context(plan: plan, language: language, legalBasisLabel: legalBasisLabel)
        let meetings = Set(body.meetings).sorted().map { context.meeting(of: body, on: $0) }
        let events = plan.events.filter { $0.body?.id == body.id }.flatMap(context.entries(for:))
        return document(meetings + events, context: context, calendarName: calendarName)
    }

    // MARK: Month runs

    /// The contiguous runs of `months` (1–12) around the year, each in calendar order, ordered by
    /// their first month. A run over the turn of the year is one run: [1, 11, 12] → [[11, 12, 1]].
    /// All twelve months are one run from January.
    static func monthRuns(_ months: [Int]) -> [[Int]] {
        let months = Set(months.filter { (1...12).contains($0) }).sorted()
        guard !months.isEmpty else { return [] }
        if months.count == 12 { return [months] }
        var runs: [[Int]] = []
        for month in months {
            if let last = runs.last?.last, last + 1 == month {
                runs[runs.count - 1].append(month)
            } else {
                runs.append([month])
            }
        }
        if runs.count > 1, runs[0].first == 1, runs[runs.count - 1].last == 12 {
            let wrapped = runs.removeLast() + runs.removeFirst()
            runs.append(wrapped)
        }
        return runs.sorted { $0[0] < $1[0] }
    }

    // MARK: Events

    /// A DTSTART or DTEND value.
    enum Moment: Equatable {
        /// An all-day DATE.
        case date(Day)
        /// A local DATE-TIME in Europe/Helsinki.
        case local(Day, hour: Int, minute: Int, second: Int)

        func property(_ name: String) -> String {
            switch self {
            case .date(let day):
                return "\(name);VALUE=DATE:\(ICalendarText.date(day))"
            case .local(let day, let hour, let minute, let second):
                return "\(name);TZID=\(ICalendar.timeZoneID):"
                    + ICalendarText.dateTime(day, hour: hour, minute: minute, second: second)
            }
        }

        /// Orders events: by day, all-day ones before timed ones, then by time.
        var sortKey: (Day, Int) {
            switch self {
            case .date(let day): return (day, -1)
            case .local(let day, let hour, let minute, let second): return (day, hour * 3600 + minute * 60 + second)
            }
        }
    }

    /// One VEVENT.
    struct Entry {
        var uid: String
        var start: Moment
        var end: Moment
        var rrule: String?
        var summary: String
        var description: String?
        var category: String

        static func ordered(_ a: Entry, _ b: Entry) -> Bool {
            let (dayA, timeA) = a.start.sortKey, (dayB, timeB) = b.start.sortKey
            if dayA != dayB { return dayA < dayB }
            if timeA != timeB { return timeA < timeB }
            return a.uid.utf8.lexicographicallyPrecedes(b.uid.utf8)
        }

        func lines(stamp: String) -> [String] {
            var lines = ["BEGIN:VEVENT", "UID:\(uid)", "DTSTAMP:\(stamp)", start.property("DTSTART"), end.property("DTEND")]
            if let rrule { lines.append("RRULE:\(rrule)") }
            lines.append("SUMMARY:\(ICalendarText.escape(summary))")
            if let description, !description.isEmpty {
                lines.append("DESCRIPTION:\(ICalendarText.escape(description))")
            }
            lines.append("CATEGORIES:\(ICalendarText.escape(category))")
            if case .date = start {
                // All-day and months-long entries are reminders, not busy time.
                lines.append("TRANSP:TRANSPARENT")
            }
            lines.append("END:VEVENT")
            return lines
        }
    }

    /// What every event of one file needs: the plan, the language and the derived constants.
    struct Context {
        let plan: PlanReader
        let language: Language
        let host: String
        let legalBasisLabel: String

        /// `legalBasisLabel` comes from the site's UI strings; the caller has them loaded already.
        init(plan: PlanReader, language: Language, legalBasisLabel: String) {
            self.plan = plan
            self.language = language
            host = ICalendarText.host(of: plan.site.baseURL)
            self.legalBasisLabel = legalBasisLabel
        }

        func text(_ text: LocalizedText?) -> String? {
            text?.resolve(language, fallback: plan.site.defaultLanguage)?.text
        }

        /// The event's VEVENTs: one per run of months, or one for a dated event.
        func entries(for event: CalendarEvent) -> [Entry] {
            let summary = text(event.title) ?? event.id
            let description = [
                text(event.description).flatMap { $0.isEmpty ? nil : $0 },
                event.legalBasis.flatMap { $0.isEmpty ? nil : (legalBasisLabel.isEmpty ? $0 : "\(legalBasisLabel): \($0)") },
            ].compactMap { $0 }.joined(separator: "\n\n")
            func entry(uid: String, start: Moment, end: Moment, rrule: String?) -> Entry {
                Entry(uid: uid, start: start, end: end, rrule: rrule, summary: summary,
                      description: description.isEmpty ? nil : description, category: event.kind.rawValue)
            }
            switch event.when {
            case .months(let months):
                let runs = ICalendar.monthRuns(months)
                let year = plan.site.termStart
                let until = "FREQ=YEARLY;UNTIL=\(ICalendarText.date(Day(year: plan.site.termEnd, month: 12, day: 31)))"
                return runs.enumerated().map { index, run in
                    let first = run[0], last = run[run.count - 1]
                    let start = Day(year: year, month: first, day: 1)
                    let end = ICalendarText.firstDayAfterMonth(year: last < first ? year + 1 : year, month: last)
                    let uid = runs.count == 1 ? "\(event.id)@\(host)" : "\(event.id)-\(index + 1)@\(host)"
                    return entry(uid: uid, start: .date(start), end: .date(end), rrule: until)
                }
            case .dated(let day, let time, let endDate):
                let uid = "\(event.id)@\(host)"
                guard let time else {
                    let last = max(endDate ?? day, day)
                    return [entry(uid: uid, start: .date(day), end: .date(ICalendarText.nextDay(last)), rrule: nil)]
                }
                let start = Moment.local(day, hour: time.hour, minute: time.minute, second: 0)
                let end: Moment
                if let endDate, endDate > day {
                    end = .local(endDate, hour: time.hour, minute: time.minute, second: 0)
                } else if time.hour < 23 {
                    end = .local(day, hour: time.hour + 1, minute: time.minute, second: 0)
                } else if time.minute < 59 {
                    // An hour later would be the next day: end the event at 23:59 instead.
                    end = .local(day, hour: 23, minute: 59, second: 0)
                } else {
                    // Starting at 23:59, 23:59 would not be later than the start (RFC 5545 3.6.1).
                    end = .local(day, hour: 23, minute: 59, second: 59)
                }
                return [entry(uid: uid, start: start, end: end, rrule: nil)]
            }
        }

        /// A dated meeting of a body: an all-day event titled with the body's name.
        func meeting(of body: Body, on day: Day) -> Entry {
            Entry(uid: "meeting-\(body.id)-\(ICalendarText.date(day))@\(host)", start: .date(day),
                  end: .date(ICalendarText.nextDay(day)), rrule: nil, summary: text(body.name) ?? body.id,
                  description: nil, category: CalendarEvent.Kind.meeting.rawValue)
        }

        /// DTSTAMP: the content's own date, never the clock.
        var stamp: String {
            let day = plan.asOf ?? Day(year: plan.site.termStart, month: 1, day: 1)
            return ICalendarText.date(day) + "T000000Z"
        }
    }

    // MARK: Document

    /// Europe/Helsinki with the EU rules: summer time from the last Sunday of March 03:00 local
    /// (01:00 UTC), winter time from the last Sunday of October 04:00 local (01:00 UTC).
    static let helsinkiTimeZone = [
        "BEGIN:VTIMEZONE",
        "TZID:\(timeZoneID)",
        "BEGIN:STANDARD",
        "DTSTART:19701025T040000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0300",
        "TZOFFSETTO:+0200",
        "TZNAME:EET",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0300",
        "TZNAME:EEST",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]

    static func document(_ entries: [Entry], context: Context, calendarName: String) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(productID)",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(ICalendarText.escape(calendarName))",
            "X-WR-TIMEZONE:\(timeZoneID)",
        ]
        lines += helsinkiTimeZone
        let stamp = context.stamp
        for entry in entries.sorted(by: Entry.ordered) {
            lines += entry.lines(stamp: stamp)
        }
        lines.append("END:VCALENDAR")
        return ICalendarText.serialize(lines)
    }
}
