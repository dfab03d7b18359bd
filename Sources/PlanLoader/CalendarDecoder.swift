import PlanModel
import Yams

/// `calendar/<id>.yaml`: a list of annual-clock and dated events.
enum CalendarDecoder {
    static let eventKeys = ["id", "title", "kind", "months", "date", "time", "end_date", "body", "legal_basis", "description"]

    static func decode(file: String, _ root: Node?, _ context: FileContext) -> [CalendarEvent] {
        guard let map = Mapping(root, context, what: "the calendar file", allowed: ["events"], required: ["events"])
        else { return [] }
        return map.list("events").compactMap { event($0, file: file, context) }
    }

    private static func event(_ node: Node, file: String, _ context: FileContext) -> CalendarEvent? {
        guard let map = Mapping(node, context, what: "an event", allowed: eventKeys, required: ["id", "title", "kind"])
        else { return nil }
        let id = map.reference("id")
        let title = map.text("title")
        let kind = map.choice("kind", as: CalendarEvent.Kind.self)
        var when: CalendarEvent.When?
        switch (map["months"], map["date"]) {
        case (let months?, nil):
            let values = context.list(months, "months").compactMap { context.int($0, "months", in: 1...12) }
            if Set(values).count != values.count { context.error(.duplicateEntry, months, "a month is listed twice") }
            if context.list(months, "months").isEmpty {
                context.error(.emptyValue, months, "'months' is empty", hint: "write the months the event recurs in, e.g. months: [9, 10]")
            }
            when = values.isEmpty ? nil : .months(values.sorted())
            for key in ["time", "end_date"] where map.has(key) {
                context.error(.conflictingKeys, map[key], "'\(key)' belongs to a dated event, not one with months",
                              hint: "remove '\(key)' or write a date instead of months")
            }
        case (nil, let dateNode?):
            if let day = context.day(dateNode, "date") {
                let endDate = map.day("end_date")
                if let endDate, endDate < day {
                    context.error(.endsBeforeStart, map["end_date"], "the event ends (\(endDate)) before it starts (\(day))")
                }
                when = .dated(day, time: map["time"].flatMap { context.time($0, "time") }, endDate: endDate)
            }
        case (_?, _?):
            context.error(.conflictingKeys, map["date"], "an event has either 'months' or 'date', not both",
                          hint: "use months for a yearly event, date for a single one")
        case (nil, nil):
            context.error(.missingKey, node, "the event has neither 'months' nor 'date'",
                          hint: "add months: [9, 10] for a yearly event or date: 2026-05-12")
        }
        guard let id, let title, let kind, let when else { return nil }
        return CalendarEvent(id: id.id, title: title, kind: kind, when: when, body: map.reference("body"),
                             legalBasis: map.string("legal_basis"), description: map.text("description"),
                             file: file, location: id.location)
    }
}
