import PlanModel
import Yams

/// `focus-areas/<id>.md` front matter.
enum FocusAreaDecoder {
    static let keys = ["title", "order", "summary", "population_groups"]
    static let translatable = ["title", "summary"]

    static func decode(id: String, _ root: Node?, _ context: FileContext, body: MarkdownSource) -> FocusArea? {
        guard let map = Mapping(root, context, what: "the focus area's front matter", allowed: keys,
                                required: ["title", "order"]) else { return nil }
        let title = map.text("title")
        let order = map.int("order")
        guard let title, let order else { return nil }
        return FocusArea(id: id, title: title, order: order, summary: map.text("summary"),
                         populationGroups: map.texts("population_groups"),
                         body: LocalizedMarkdown([context.language: body]), location: context.fileStart)
    }
}
