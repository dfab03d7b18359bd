import PlanModel
import Yams

/// `measures/<id>.md` front matter.
enum MeasureDecoder {
    static let keys = ["title", "goals", "lead", "partners", "schedule", "budget", "indicators", "follow_up"]
    static let translatable = ["title"]

    static func decode(id: String, _ root: Node?, _ context: FileContext, body: MarkdownSource) -> Measure? {
        guard let map = Mapping(root, context, what: "the measure's front matter", allowed: keys,
                                required: ["title", "goals", "lead"]) else { return nil }
        let title = map.text("title")
        let goals = map.references("goals")
        if map["goals"] != nil && goals.isEmpty {
            context.error(.measureWithoutGoal, map["goals"], "a measure serves at least one goal", hint: "write goals: [goal-id]")
        }
        let lead = map.party("lead")
        let schedule = map["schedule"].flatMap { readSchedule($0, context) }
        let budget = map["budget"].flatMap { readBudget($0, context) }
        let followUp = map.list("follow_up").compactMap { readFollowUp($0, context) }
        for (earlier, later) in zip(followUp, followUp.dropFirst()) where later.date < earlier.date {
            context.sink.warning(.followUpOrder, later.location, "follow-up entries should be oldest first; \(later.date) comes after \(earlier.date)",
                                 hint: "move this entry above the one dated \(earlier.date)")
        }
        guard let title, let lead, !goals.isEmpty else { return nil }
        return Measure(id: id, title: title, goals: goals, lead: lead, partners: map.parties("partners"),
                       schedule: schedule, budget: budget, indicators: map.references("indicators"),
                       followUp: followUp, body: LocalizedMarkdown([context.language: body]), location: context.fileStart)
    }

    private static func readSchedule(_ node: Node, _ context: FileContext) -> Measure.Schedule? {
        guard let map = Mapping(node, context, what: "schedule", allowed: ["start", "end"]) else { return nil }
        let start = map.yearMonth("start")
        let end = map.yearMonth("end")
        if let start, let end, end < start {
            context.error(.endsBeforeStart, map["end"], "the schedule ends (\(end)) before it starts (\(start))")
            return nil
        }
        return Measure.Schedule(start: start, end: end, location: context.location(map["end"] ?? node))
    }

    private static func readBudget(_ node: Node, _ context: FileContext) -> Measure.Budget? {
        guard let map = Mapping(node, context, what: "budget", allowed: ["amount", "note"]) else { return nil }
        let amount = map.double("amount")
        if let amount, amount < 0 { context.error(.negativeAmount, map["amount"], "the budget amount is negative") }
        return Measure.Budget(amount: amount, note: map.text("note"))
    }

    private static func readFollowUp(_ node: Node, _ context: FileContext) -> Measure.FollowUp? {
        guard let map = Mapping(node, context, what: "a follow-up entry", allowed: ["date", "status", "progress", "note"],
                                required: ["date", "status"]) else { return nil }
        let date = map.day("date")
        let status = map.choice("status", as: Measure.Status.self)
        let progress = map.int("progress", in: 0...100)
        guard let date, let status else { return nil }
        return Measure.FollowUp(date: date, status: status, progress: progress, note: map.text("note"),
                                location: map.location)
    }
}
