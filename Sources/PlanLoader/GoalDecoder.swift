import PlanModel
import Yams

/// `goals/<id>.md` front matter.
enum GoalDecoder {
    static let keys = ["title", "focus_area", "categories", "responsible", "targets"]
    static let targetKeys = ["indicator", "area", "group", "baseline", "target"]
    static let translatable = ["title"]

    static func decode(id: String, _ root: Node?, _ context: FileContext, body: MarkdownSource) -> Goal? {
        guard let map = Mapping(root, context, what: "the goal's front matter", allowed: keys,
                                required: ["title", "focus_area"]) else { return nil }
        let title = map.text("title")
        let focusArea = map.reference("focus_area")
        let categories = map.list("categories").compactMap { context.choice($0, "category", as: Goal.Category.self) }
        let targets = map.list("targets").compactMap { readTarget($0, context) }
        guard let title, let focusArea else { return nil }
        return Goal(id: id, title: title, focusArea: focusArea, categories: categories,
                    responsible: map.parties("responsible"), targets: targets,
                    body: LocalizedMarkdown([context.language: body]), location: context.fileStart)
    }

    private static func readTarget(_ node: Node, _ context: FileContext) -> Target? {
        guard let map = Mapping(node, context, what: "a target", allowed: targetKeys,
                                required: ["indicator", "baseline", "target"]) else { return nil }
        let indicator = map.reference("indicator")
        let area = map.reference("area")
        let group = map.string("group") ?? Observation.totalGroup
        let baseline = map["baseline"].flatMap { readPoint($0, "baseline", valueRequired: false, context) }
        let goalPoint = map["target"].flatMap { readPoint($0, "target", valueRequired: true, context) }
        if let baseline, let goalPoint, goalPoint.year < baseline.year {
            context.error(.targetBeforeBaseline, map["target"], "the target year \(goalPoint.year) is before the baseline year \(baseline.year)")
            return nil
        }
        guard let indicator, let baseline, let goalPoint else { return nil }
        return Target(indicator: indicator, area: area, group: group, baseline: baseline, target: goalPoint,
                      location: map.location)
    }

    private static func readPoint(_ node: Node, _ what: String, valueRequired: Bool, _ context: FileContext) -> Target.Point? {
        guard let map = Mapping(node, context, what: what, allowed: ["year", "value"],
                                required: valueRequired ? ["year", "value"] : ["year"]) else { return nil }
        let year = map.year("year")
        let value = map.double("value")
        guard let year, value != nil || !valueRequired else { return nil }
        return Target.Point(year: year, value: value, location: map.location)
    }
}
