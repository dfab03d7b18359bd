import PlanModel
import Yams

/// `interfaces/<id>.md` front matter: the services on each side and the division of tasks.
enum InterfaceDecoder {
    static let keys = ["title", "municipality", "welfare_region", "goals", "questions", "tasks"]
    static let translatable = ["title"]

    static func decode(id: String, _ root: Node?, _ context: FileContext, body: MarkdownSource) -> Interface? {
        guard let map = Mapping(root, context, what: "the interface's front matter", allowed: keys, required: ["title"])
        else { return nil }
        let tasks = map.list("tasks").compactMap { node -> Interface.TaskRow? in
            guard let row = Mapping(node, context, what: "a task row", allowed: ["task", "municipality", "welfare_region", "shared"],
                                    required: ["task"]), let task = row.text("task") else { return nil }
            return Interface.TaskRow(task: task, municipality: row.text("municipality"),
                                     welfareRegion: row.text("welfare_region"), shared: row.text("shared"))
        }
        guard let title = map.text("title") else { return nil }
        return Interface(id: id, title: title, municipalityServices: map.texts("municipality"),
                         welfareRegionServices: map.texts("welfare_region"), goals: map.references("goals"),
                         questions: map.texts("questions"), tasks: tasks,
                         body: LocalizedMarkdown([context.language: body]), location: context.fileStart)
    }
}
