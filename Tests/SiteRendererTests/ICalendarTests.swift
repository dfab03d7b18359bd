import Foundation
import PlanLoader
import PlanModel
import Testing
@testable import SiteRenderer

@Suite("ICalendar")
struct ICalendarTests {
    // MARK: Text layer

    @Test func foldsLongFinnishLineIntoOctetLimitedLinesAndUnfoldsExactly() {
        let words = ["hyvinvointiä", "ja", "terveyttä", "edistävä", "yhteistyö", "kuntien", "ja", "hyvinvointialueen", "välillä,", "päätöksenteon", "tueksi;", "öljyä", "äläkä", "yötä"]
        var title = ""
        var index = 0
        while title.count < 200 {
            title += (title.isEmpty ? "" : " ") + words[index % words.count]
            index += 1
        }
        title = String(title.prefix(200))
        #expect(title.count == 200)
        #expect(title.utf8.count > 200)

        let line = "SUMMARY:" + ICalendarText.escape(title)
        let pieces = ICalendarText.fold(line)
        #expect(pieces.count > 2)
        for (i, piece) in pieces.enumerated() {
            #expect(piece.utf8.count <= 75, "line \(i) has \(piece.utf8.count) octets")
            if i > 0 { #expect(piece.hasPrefix(" ")) }
        }
        // Every piece but the last is full up to a character that would not fit.
        for piece in pieces.dropLast() { #expect(piece.utf8.count >= 74) }

        let text = ICalendarText.serialize([line])
        #expect(text.utf8.filter { $0 == 0x0A }.count == pieces.count)
        let unfolded = ICalendarText.unfold(text)
        #expect(unfolded == line + "\r\n")
        #expect(unfolded.hasSuffix("\r\n")) // one Character: dropLast() below removes it whole
        #expect(ICalendarText.unescape(String(unfolded.dropFirst("SUMMARY:".count).dropLast())) == title)
    }

    @Test func neverSplitsMultiByteCharacters() {
        // 3-octet and 4-octet characters after an 8-octet name: the cut can never fall on 75 exactly.
        for filler in ["€", "😀", "ä", "aä"] {
            let line = "SUMMARY:" + String(repeating: filler, count: 100)
            let pieces = ICalendarText.fold(line)
            for piece in pieces {
                #expect(piece.utf8.count <= 75)
            }
            #expect(pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        }
        // Exactly 75 octets is not folded; 76 is.
        #expect(ICalendarText.fold(String(repeating: "x", count: 75)).count == 1)
        #expect(ICalendarText.fold(String(repeating: "x", count: 76)) == [String(repeating: "x", count: 75), " x"])
    }

    @Test func escapesTextValues() {
        #expect(ICalendarText.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendarText.escape("yksi\nkaksi\r\nkolme\rneljä") == #"yksi\nkaksi\nkolme\nneljä"#)
        #expect(ICalendarText.escape("611/2021 14 §: \"lainaus\" – ok") == "611/2021 14 §: \"lainaus\" – ok")
        #expect(ICalendarText.escape("a\u{0}b\u{7}c\td") == "abc\td")
        let text = "Säädöspohja: 612/2021 7 §;\nkohta 2, \\ loppu"
        #expect(ICalendarText.unescape(ICalendarText.escape(text)) == text)
    }

    @Test func groupsMonthsIntoRuns() {
        #expect(ICalendar.monthRuns([3, 9]) == [[3], [9]])
        #expect(ICalendar.monthRuns([9, 10]) == [[9, 10]])
        #expect(ICalendar.monthRuns([11, 12, 1]) == [[11, 12, 1]])
        #expect(ICalendar.monthRuns([1, 11, 12]) == [[11, 12, 1]])
        #expect(ICalendar.monthRuns([1, 2, 5, 12]) == [[5], [12, 1, 2]])
        #expect(ICalendar.monthRuns([1, 3, 4, 6, 8, 10, 11]) == [[1], [3, 4], [6], [8], [10, 11]])
        #expect(ICalendar.monthRuns([12]) == [[12]])
        #expect(ICalendar.monthRuns([1]) == [[1]])
        #expect(ICalendar.monthRuns(Array(1...12)) == [Array(1...12)])
        #expect(ICalendar.monthRuns([]) == [])
    }

    @Test func countsDays() {
        #expect(ICalendarText.nextDay(Day(year: 2026, month: 5, day: 12)) == Day(year: 2026, month: 5, day: 13))
        #expect(ICalendarText.nextDay(Day(year: 2028, month: 2, day: 28)) == Day(year: 2028, month: 2, day: 29))
        #expect(ICalendarText.nextDay(Day(year: 2027, month: 2, day: 28)) == Day(year: 2027, month: 3, day: 1))
        #expect(ICalendarText.nextDay(Day(year: 2026, month: 4, day: 30)) == Day(year: 2026, month: 5, day: 1))
        #expect(ICalendarText.nextDay(Day(year: 2026, month: 12, day: 31)) == Day(year: 2027, month: 1, day: 1))
        #expect(ICalendarText.firstDayAfterMonth(year: 2026, month: 10) == Day(year: 2026, month: 11, day: 1))
        #expect(ICalendarText.firstDayAfterMonth(year: 2026, month: 12) == Day(year: 2027, month: 1, day: 1))
        #expect(ICalendarText.date(Day(year: 2026, month: 2, day: 5)) == "20260205")
        #expect(ICalendarText.dateTime(Day(year: 2026, month: 2, day: 5), hour: 9, minute: 5) == "20260205T090500")
    }

    @Test func takesTheHostOfTheBaseURL() {
        #expect(ICalendarText.host(of: "https://hyvinvointi.pohjois-esimerkki.example.fi/") == "hyvinvointi.pohjois-esimerkki.example.fi")
        #expect(ICalendarText.host(of: "https://Hyte.Example.fi:8443/suunnitelma/?x=1") == "hyte.example.fi")
        #expect(ICalendarText.host(of: "http://user@hyte.example.fi") == "hyte.example.fi")
    }

    // MARK: Fixture plan, checked by Python's icalendar

    @Test func annualClockOfFixtureParses() throws {
        let plan = try TestSite.plan(TestSite.fixture("good"))
        let text = ICalendar.annualClock(PlanReader(plan), language: .fi, calendarName: "Testialueen vuosikello")
        #expect(text == ICalendar.annualClock(PlanReader(plan), language: .fi, calendarName: "Testialueen vuosikello"))

        let summary = try ICalendarCheck.run(text)
        summary.expectWellFormed()
        #expect(summary.calendarName == "Testialueen vuosikello")
        #expect(summary.events.map(\.uid) == ["raportti@hyte.example.fi", "neuvottelu@hyte.example.fi"])

        let report = try #require(summary.event("raportti@hyte.example.fi"))
        #expect(report.start == "2026-05-12T17:00:00+03:00")
        #expect(report.end == "2026-05-12T18:00:00+03:00")
        #expect(report.startTZID == "Europe/Helsinki" && report.endTZID == "Europe/Helsinki")
        #expect(report.rrule == nil)
        #expect(report.summary == "Vuosiraportti")
        #expect(report.categories == "report")

        let negotiation = try #require(summary.event("neuvottelu@hyte.example.fi"))
        #expect(negotiation.start == "2026-09-01" && negotiation.end == "2026-11-01")
        #expect(negotiation.rrule == "FREQ=YEARLY;UNTIL=20291231")
        #expect(negotiation.categories == "negotiation")

        // DTSTAMP is the content's own date.
        let stamp = ICalendarText.date(plan.asOf ?? Day(year: plan.site.termStart, month: 1, day: 1)) + "T000000Z"
        #expect(text.contains("\r\nDTSTAMP:\(stamp)\r\n"))
    }

    @Test func bodyCalendarOfFixtureParses() throws {
        let plan = try TestSite.plan(TestSite.fixture("good"))
        let body = try #require(plan.body("verkosto"))
        let text = ICalendar.body(body, plan: PlanReader(plan), language: .sv, calendarName: "Hyte-koordinaattoriverkosto")
        #expect(text == ICalendar.body(body, plan: PlanReader(plan), language: .sv, calendarName: "Hyte-koordinaattoriverkosto"))

        let summary = try ICalendarCheck.run(text)
        summary.expectWellFormed()
        #expect(summary.events.map(\.uid) == ["meeting-verkosto-20260212@hyte.example.fi", "neuvottelu@hyte.example.fi"])
        let meeting = try #require(summary.event("meeting-verkosto-20260212@hyte.example.fi"))
        #expect(meeting.start == "2026-02-12" && meeting.end == "2026-02-13")
        // No Swedish name: the default language's.
        #expect(meeting.summary == "Hyte-koordinaattoriverkosto")
        #expect(meeting.categories == "meeting")
    }

    @Test func editedFixtureCoversTheEdgeCases() throws {
        let longTitle = String(repeating: "Hyvinvointialueen ja kuntien yhteinen päättäjäfoorumi, ", count: 4) + "loppu"
        let calendar = """
            events:
              - id: talvi
                title: {fi: Talvikausi, sv: Vintersäsong}
                kind: other
                months: [1, 3, 11, 12]
              - id: myohainen
                title: Myöhäinen kokous
                kind: meeting
                date: 2026-06-30
                time: "23:30"
              - id: kaksipaivainen
                title: Kaksipäiväinen seminaari
                kind: training
                date: 2026-03-30
                time: "09:00"
                end_date: 2026-03-31
              - id: vaaliviikko
                title: Vaaliviikko
                kind: election
                date: 2026-12-28
                end_date: 2026-12-31
              - id: pitka
                title: "\(longTitle)"
                kind: forum
                date: 2026-10-25
                time: "10:00"
                description: {fi: "Ohjelma: avaus; puheenvuorot, keskustelu\\nja \\\\ loppu"}
                legal_basis: 612/2021 7 §
            """
        let plan = try Self.fixturePlan(editing: ["calendar/vuosikello.yaml": calendar])
        let text = ICalendar.annualClock(PlanReader(plan), language: .fi, calendarName: "Vuosikello; testi, \\ versio", legalBasisLabel: "Säädöspohja")
        let summary = try ICalendarCheck.run(text)
        summary.expectWellFormed()
        // Python's icalendar keeps X- properties' values as written; they are TEXT (RFC 5545 3.8.8.2).
        #expect(summary.calendarName.map(ICalendarText.unescape) == "Vuosikello; testi, \\ versio")
        #expect(summary.calendarName == #"Vuosikello\; testi\, \\ versio"#)
        let host = "hyte.example.fi"
        #expect(summary.events.map(\.uid) == [
            "talvi-1@\(host)", "kaksipaivainen@\(host)", "myohainen@\(host)", "pitka@\(host)", "talvi-2@\(host)",
            "vaaliviikko@\(host)",
        ])

        let march = try #require(summary.event("talvi-1@\(host)"))
        #expect(march.start == "2026-03-01" && march.end == "2026-04-01")
        let winter = try #require(summary.event("talvi-2@\(host)"))
        #expect(winter.start == "2026-11-01" && winter.end == "2027-02-01")
        #expect(winter.rrule == "FREQ=YEARLY;UNTIL=20291231")

        let late = try #require(summary.event("myohainen@\(host)"))
        #expect(late.start == "2026-06-30T23:30:00+03:00" && late.end == "2026-06-30T23:59:00+03:00")
        let twoDays = try #require(summary.event("kaksipaivainen@\(host)"))
        // 30 March 2026 is after the change to summer time (29 March).
        #expect(twoDays.start == "2026-03-30T09:00:00+03:00" && twoDays.end == "2026-03-31T09:00:00+03:00")
        let week = try #require(summary.event("vaaliviikko@\(host)"))
        #expect(week.start == "2026-12-28" && week.end == "2027-01-01")
        let long = try #require(summary.event("pitka@\(host)"))
        // 25 October 2026 is the change back to winter time.
        #expect(long.start == "2026-10-25T10:00:00+02:00")
        #expect(long.summary == longTitle)
        #expect(long.description == "Ohjelma: avaus; puheenvuorot, keskustelu\nja \\ loppu\n\nSäädöspohja: 612/2021 7 §")
        #expect(ICalendarText.unfold(text).contains(
            "\r\n" + #"DESCRIPTION:Ohjelma: avaus\; puheenvuorot\, keskustelu\nja \\ loppu\n\nSäädöspohja: 612/2021 7 §"# + "\r\n"))
    }

    // MARK: The example plan

    @Test func examplePlanCalendarsParse() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content")
        let plan = try TestSite.plan(root)
        let host = ICalendarText.host(of: plan.site.baseURL)
        #expect(host == "hyvinvointi.pohjois-esimerkki.example.fi")

        func expectedUIDs(_ events: [CalendarEvent]) -> [String] {
            events.flatMap { event -> [String] in
                switch event.when {
                case .dated: return ["\(event.id)@\(host)"]
                case .months(let months):
                    let runs = ICalendar.monthRuns(months)
                    return runs.count == 1 ? ["\(event.id)@\(host)"] : runs.indices.map { "\(event.id)-\($0 + 1)@\(host)" }
                }
            }
        }

        let clock = ICalendar.annualClock(PlanReader(plan), language: .fi, calendarName: "Vuosikello")
        #expect(clock == ICalendar.annualClock(PlanReader(plan), language: .fi, calendarName: "Vuosikello"))
        let swedishClock = ICalendar.annualClock(PlanReader(plan), language: .sv, calendarName: "Årshjul")
        let bodyCalendars = plan.bodies.map { ICalendar.body($0, plan: PlanReader(plan), language: .fi, calendarName: $0.id) }
        let summaries = try ICalendarCheck.run([clock, swedishClock] + bodyCalendars)
        try #require(summaries.count == 2 + plan.bodies.count)
        for summary in summaries { summary.expectWellFormed() }

        let summary = summaries[0]
        #expect(!plan.events.isEmpty)
        #expect(summary.events.map(\.uid).sorted() == expectedUIDs(plan.events).sorted())
        #expect(summary.events.filter { $0.rrule != nil }.count
                == plan.events.reduce(0) { $0 + ICalendar.monthRuns($1.months).count })
        // Written in start order (ISO texts of one offset sort as their moments; a date before its times).
        #expect(summary.events.map(\.start) == summary.events.map(\.start).sorted())

        let swedish = summaries[1]
        #expect(swedish.calendarName == "Årshjul")
        #expect(swedish.events.map(\.uid) == summary.events.map(\.uid))
        #expect(swedish.events.contains { $0.summary == "Riksdagsval" })

        for (body, (text, summary)) in zip(plan.bodies, zip(bodyCalendars, summaries.dropFirst(2))) {
            #expect(text == ICalendar.body(body, plan: PlanReader(plan), language: .fi, calendarName: body.id))
            let meetings = Set(body.meetings).sorted().map { "meeting-\(body.id)-\(ICalendarText.date($0))@\(host)" }
            let expected = meetings + expectedUIDs(plan.events.filter { $0.body?.id == body.id })
            #expect(summary.events.map(\.uid).sorted() == expected.sorted(), "body \(body.id)")
            #expect(summary.calendarName == body.id)
        }
    }

    /// The good fixture with some files replaced, loaded.
    static func fixturePlan(editing edits: [String: String]) throws -> Plan {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-ics-\(UUID().uuidString)")
        let content = temp.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: temp) }
        try FileManager.default.copyItem(at: TestSite.fixture("good"), to: content)
        for (path, text) in edits { try Data(text.utf8).write(to: content.appendingPathComponent(path)) }
        return try TestSite.plan(content)
    }
}

/// Writes a calendar to a temporary file and reads it back with Python's `icalendar`.
enum ICalendarCheck {
    struct Event: Decodable {
        var uid: String
        var start: String
        var end: String
        var startTZID: String?
        var endTZID: String?
        var rrule: String?
        var summary: String
        var description: String?
        var categories: String?
    }

    struct Summary: Decodable {
        var calendarName: String?
        var version: String
        var productID: String
        var calscale: String
        var timezoneIDs: [String]
        var timezoneMismatches: Int
        var events: [Event]
        var duplicateUIDs: [String]
        var timedWithoutTZID: [String]
        var recurringNotYearly: [String]
        var endNotAfterStart: [String]
        var maxLineOctets: Int
        var allLinesEndWithCRLF: Bool
        var validUTF8: Bool

        func event(_ uid: String) -> Event? { events.first { $0.uid == uid } }

        func expectWellFormed(sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            #expect(version == "2.0", sourceLocation: sourceLocation)
            #expect(productID == "-//hyte//hyvinvointisuunnitelma//FI", sourceLocation: sourceLocation)
            #expect(calscale == "GREGORIAN", sourceLocation: sourceLocation)
            #expect(timezoneIDs == ["Europe/Helsinki"], sourceLocation: sourceLocation)
            #expect(timezoneMismatches == 0, "VTIMEZONE disagrees with tzdata", sourceLocation: sourceLocation)
            #expect(duplicateUIDs.isEmpty, "duplicate UIDs \(duplicateUIDs)", sourceLocation: sourceLocation)
            #expect(timedWithoutTZID.isEmpty, "timed without TZID \(timedWithoutTZID)", sourceLocation: sourceLocation)
            #expect(recurringNotYearly.isEmpty, "\(recurringNotYearly)", sourceLocation: sourceLocation)
            #expect(endNotAfterStart.isEmpty, "\(endNotAfterStart)", sourceLocation: sourceLocation)
            #expect(maxLineOctets <= 75, sourceLocation: sourceLocation)
            #expect(allLinesEndWithCRLF, sourceLocation: sourceLocation)
            #expect(validUTF8, sourceLocation: sourceLocation)
        }
    }

    static let script = #"""
import datetime, json, sys, zoneinfo
import icalendar

checked_timezones = {}

def timezone_mismatches(vtz):
    # dateutil's VTIMEZONE objects are slow; the files share one definition, so check it once.
    key = vtz.to_ical()
    if key not in checked_timezones:
        own = vtz.to_tz(lookup_tzid=False)
        ref = zoneinfo.ZoneInfo(str(vtz["TZID"]))
        count = 0
        day = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
        while day < datetime.datetime(2032, 1, 1, tzinfo=datetime.timezone.utc):
            for minutes in (59, 61, 12 * 60):
                t = day + datetime.timedelta(minutes=minutes)
                if t.astimezone(own).utcoffset() != t.astimezone(ref).utcoffset():
                    count += 1
            day += datetime.timedelta(days=1)
        checked_timezones[key] = count
    return checked_timezones[key]

def check(path):
    raw = open(path, "rb").read()
    cal = icalendar.Calendar.from_ical(raw)
    assert cal.name == "VCALENDAR", cal.name

    def text(value):
        return None if value is None else str(value)

    def moment(prop):
        value = prop.dt
        return value.isoformat(), prop.params.get("TZID")

    events, uids, timed_no_tz, not_yearly, bad_end = [], [], [], [], []
    for ev in cal.walk("VEVENT"):
        uid = str(ev["UID"])
        start, start_tz = moment(ev["DTSTART"])
        end, end_tz = moment(ev["DTEND"])
        if isinstance(ev["DTSTART"].dt, datetime.datetime) and (start_tz is None or end_tz is None):
            timed_no_tz.append(uid)
        if ev["DTEND"].dt <= ev["DTSTART"].dt:
            bad_end.append(uid)
        rrule = ev.get("RRULE")
        if rrule is not None and rrule.get("FREQ") != ["YEARLY"]:
            not_yearly.append(uid)
        cats = ev.get("CATEGORIES")
        events.append({
            "uid": uid, "start": start, "end": end, "startTZID": start_tz, "endTZID": end_tz,
            "rrule": rrule.to_ical().decode() if rrule is not None else None,
            "summary": text(ev.get("SUMMARY")), "description": text(ev.get("DESCRIPTION")),
            "categories": cats.to_ical().decode() if cats is not None else None,
        })
        uids.append(uid)

    # The VTIMEZONE's own rules against the system's tzdata, 2025-2031: each day just before and just
    # after 01:00 UTC, the instant of EU changes, so a wrong day or a wrong hour both show.
    mismatches = 0
    tzids = [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")]
    for vtz in cal.walk("VTIMEZONE"):
        mismatches += timezone_mismatches(vtz)

    body = raw[:-2] if raw.endswith(b"\r\n") else raw
    lines = body.split(b"\r\n")
    try:
        raw.decode("utf-8")
        valid = True
    except UnicodeDecodeError:
        valid = False

    return {
        "calendarName": text(cal.get("X-WR-CALNAME")),
        "version": str(cal["VERSION"]), "productID": str(cal["PRODID"]), "calscale": str(cal["CALSCALE"]),
        "timezoneIDs": tzids, "timezoneMismatches": mismatches,
        "events": events,
        "duplicateUIDs": sorted({u for u in uids if uids.count(u) > 1}),
        "timedWithoutTZID": timed_no_tz, "recurringNotYearly": not_yearly, "endNotAfterStart": bad_end,
        "maxLineOctets": max(len(line) for line in lines),
        "allLinesEndWithCRLF": raw.endswith(b"\r\n") and b"\r" not in body.replace(b"\r\n", b"")
            and b"\n" not in body.replace(b"\r\n", b""),
        "validUTF8": valid,
    }

print(json.dumps([check(path) for path in sys.argv[1:]]))
"""#

    static func run(_ calendar: String) throws -> Summary {
        let summaries = try run([calendar])
        guard summaries.count == 1 else { throw CheckError(message: "expected one summary, got \(summaries.count)") }
        return summaries[0]
    }

    /// Checks several calendars with one Python process (starting Python and icalendar is the slow part).
    static func run(_ calendars: [String]) throws -> [Summary] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for (index, calendar) in calendars.enumerated() {
            let file = directory.appendingPathComponent("\(index).ics")
            try Data(calendar.utf8).write(to: file)
            paths.append(file.path)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + paths
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CheckError(message: "python3 exited with \(process.terminationStatus): \(errorText)")
        }
        return try JSONDecoder().decode([Summary].self, from: data)
    }

    struct CheckError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
