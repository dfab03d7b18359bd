import PlanModel
import Yams

/// `reports/<id>.md` front matter.
enum ReportDecoder {
    static let keys = ["title", "meeting", "language"]
    static let translatable = ["title"]

    static func decode(id: String, _ root: Node?, _ context: FileContext, body: MarkdownSource,
                       languages: [Language]) -> Report? {
        if GeneratedReportID.isReserved(id) {
            context.sink.error(.reservedID, context.fileStart, "the report id '\(id)' is taken by an attachment hyte compiles from the plan",
                               hint: "rename the file; ids starting with \(GeneratedReportID.plan), seurantaraportti- or kuntakortti- are reserved")
            return nil
        }
        guard let map = Mapping(root, context, what: "the report's front matter", allowed: keys, required: ["title"])
        else { return nil }
        var meeting: Report.Meeting?
        if let node = map["meeting"],
           let m = Mapping(node, context, what: "meeting", allowed: ["body", "date", "item", "attachment"],
                           required: ["body", "date"]) {
            let body = m.text("body")
            let date = m.day("date")
            if let body, let date {
                meeting = Report.Meeting(body: body, date: date, item: m.string("item"), attachment: m.string("attachment"))
            }
        }
        var language: Language?
        if let node = map["language"], let code = context.string(node, "language") {
            language = Language(rawValue: code)
            if language == nil || !languages.contains(language!) {
                context.error(.unknownLanguage, node, "'\(code)' is not a language of this site",
                              hint: "write one of the languages in site.yaml: \(languages.map(\.rawValue).joined(separator: ", "))")
                language = nil
            }
        }
        guard let title = map.text("title") else { return nil }
        return Report(id: id, title: title, meeting: meeting, language: language,
                      body: LocalizedMarkdown([context.language: body]), location: context.fileStart)
    }
}
