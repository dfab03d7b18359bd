import PlanModel
import Yams

/// `pages/<id>.md` front matter.
enum PageDecoder {
    static let keys = ["title", "summary"]
    static let translatable = ["title", "summary"]

    static func decode(id: String, _ root: Node?, _ context: FileContext, body: MarkdownSource) -> Page? {
        if ReservedPath.segments.contains(id) {
            context.sink.error(.reservedID, context.fileStart, "the page id '\(id)' is the name of a section of the site",
                               hint: "rename the file, e.g. pages/\(id)-sivu.md")
            return nil
        }
        guard let map = Mapping(root, context, what: "the page's front matter", allowed: keys, required: ["title"]),
              let title = map.text("title") else { return nil }
        return Page(id: id, title: title, summary: map.text("summary"),
                    body: LocalizedMarkdown([context.language: body]), location: context.fileStart)
    }
}
