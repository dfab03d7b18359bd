import Markdown
import PlanModel

/// A council attachment as an A4 print document: cover, table of contents, running header and page
/// numbers (paged-media CSS), the same document WeasyPrint turns into a PDF.
struct ReportView: Encodable {
    struct TocEntry: Encodable {
        var text: String
        var href: String
        var level: Int
    }

    var lang: String
    var title: String
    var documentTitle: String
    var author: String
    /// The meeting or content date, ISO, for the PDF's creation and modification dates.
    var date: String?
    var siteTitle: String
    var homeHref: String
    var reportsHref: String
    var cssHref: String
    var printCssHref: String
    var pdfHref: String?
    /// The words of the page footer ("sivu"), sanitised for a CSS string.
    var pageWord: String
    var attachment: String?
    var regionName: String
    var facts: [FactView]
    var toc: [TocEntry]
    var prose: String?
    var proseLang: String?
    /// Sections of an attachment compiled from the plan (empty for a Markdown report).
    var sections: [AttachmentSection]
    /// Search indexes a Markdown report; an attachment only repeats pages that are indexed already.
    var indexed: Bool
    var t: [String: String]
}

enum ReportPage {
    static func make(_ report: Report, _ scope: PageScope, templates: TemplateSet, pdf: Bool) throws -> ReportView {
        let site = scope.site
        var facts: [FactView?] = []
        if let meeting = report.meeting {
            facts = [scope.fact("meeting_body", site.string(meeting.body)), scope.fact("meeting_date", site.date(meeting.date)),
                     scope.fact("meeting_item", meeting.item), scope.fact("attachment", meeting.attachment)]
        }
        let prose = try Prose(scope: scope, templates: templates).html(report.body)
        let sources = Citation.section(indicators(report, scope), scope)
        var contents = toc(prose?.headings ?? [])
        // A report short enough to have no contents gets none for its sources either.
        if let sources, !contents.isEmpty { contents.append(.init(text: sources.heading, href: "#\(sources.id)", level: sources.level)) }
        return document(scope, id: report.id, title: site.string(report.title), date: report.meeting?.date ?? scope.plan.asOf,
                        attachment: report.meeting?.attachment, facts: facts.compactMap { $0 }, toc: contents,
                        prose: prose, sections: sources.map { [$0] } ?? [], indexed: true, pdf: pdf)
    }

    /// The indicators a report's chart and table blocks show, each once, in reading order.
    static func indicators(_ report: Report, _ scope: PageScope) -> [Indicator] {
        guard let body = report.body.resolve(scope.site.language, fallback: scope.plan.site.defaultLanguage)?.source else { return [] }
        var seen = Set<String>()
        return body.blocks.keys.sorted().flatMap { BlockRenderer.indicators(in: body.blocks[$0]!, scope.plan) }
            .filter { seen.insert($0.id).inserted }
    }

    /// An attachment compiled from the plan, dated by the content's own date.
    static func make(_ attachment: GeneratedAttachment, _ scope: PageScope, pdf: Bool) -> ReportView {
        let facts = [scope.fact("status_date", scope.plan.asOf.map(scope.site.date))].compactMap { $0 }
        return document(scope, id: attachment.id, title: attachment.title, date: scope.plan.asOf, attachment: nil, facts: facts,
                        toc: attachment.contents, prose: nil, sections: attachment.sections, indexed: false, pdf: pdf)
    }

    private static func document(_ scope: PageScope, id: String, title: String, date: Day?, attachment: String?,
                                 facts: [FactView], toc: [ReportView.TocEntry], prose: Prose.Rendered?,
                                 sections: [AttachmentSection], indexed: Bool, pdf: Bool) -> ReportView {
        let site = scope.site
        let region = site.string(scope.plan.region?.name)
        return ReportView(
            lang: site.language.rawValue, title: title, documentTitle: title, author: region, date: date?.description,
            siteTitle: site.string(scope.plan.site.title), homeHref: scope.href(.home), reportsHref: scope.href(.reports),
            cssHref: scope.href(file: Router.stylesheet), printCssHref: scope.href(file: Router.printStylesheet),
            pdfHref: pdf ? Router.pdfName(id) : nil, pageWord: cssString(scope.labels["page_word"]),
            attachment: attachment, regionName: region, facts: facts, toc: toc, prose: prose?.html, proseLang: prose?.lang,
            sections: sections, indexed: indexed, t: scope.labels.strings)
    }

    /// Second and third level headings (the body's `#` and `##` after the shift under the title).
    static func toc(_ headings: [Heading]) -> [ReportView.TocEntry] {
        headings.filter { $0.level <= 3 }.map { .init(text: $0.text, href: "#\($0.id)", level: $0.level) }
    }

    /// Text safe inside a CSS string in a <style> element.
    static func cssString(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "\"" && $0 != "\\" && $0 != "<" && $0 != ">" && $0.value >= 0x20 }.map(Character.init))
    }
}
