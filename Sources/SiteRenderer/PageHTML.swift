import HyteBase

/// Writes the most common pages (entity, list, measure, organisation and indicator pages in the shared
/// layout) as HTML directly: the same bytes as the built-in Mustache templates (a test renders every
/// page of the example both ways), without flattening views into dictionaries and looking every key up
/// again. Used unless the plan overrides one of the templates involved (`TemplateSet.fastPages`).
enum PageHTML {
    /// The templates this writer stands in for: overriding any of them turns it off.
    static let templates: Set<String> = ["layout", "entity", "list", "measure", "organization", "indicator", "report",
                                         "attachment-section", "facts", "prose", "charts", "sections", "table", "cell", "chart"]

    /// The page for a view and template name, or nil when this writer does not handle it.
    static func render(_ view: Any, _ template: String) -> String? {
        switch (template, view) {
        case ("entity", let view as EntityView): return entity(view)
        case ("list", let view as ListView): return list(view)
        case ("measure", let view as MeasureView): return measure(view)
        case ("organization", let view as OrganizationView): return organization(view)
        case ("indicator", let view as IndicatorView): return indicator(view)
        case ("report", let view as ReportView): return report(view)
        default: return nil
        }
    }

    static func entity(_ view: EntityView) -> String {
        page(view.layout) { html in
            lead(view.lead, lang: view.leadLang, into: &html)
            facts(view.facts, into: &html)
            html += "\n"
            prose(view.prose, lang: view.proseLang, into: &html)
            charts(view.charts, into: &html)
            sections(view.sections, into: &html)
        }
    }

    static func list(_ view: ListView) -> String {
        page(view.layout) { html in
            if let lead = view.lead { html += "<p class=\"lead\">" + e(lead) + "</p>\n" }
            if !view.cards.isEmpty {
                html += "<ul class=\"card-list\">\n"
                for card in view.cards {
                    html += "<li class=\"card\"><h2><a href=\"" + e(card.link.href) + "\"" + lang(card.link.lang) + ">"
                        + e(card.link.text) + "</a></h2>\n"
                    if let text = card.text { html += "<p" + lang(card.textLang) + ">" + e(text) + "</p>" }
                    if let meta = card.meta { html += "<p class=\"meta\">" + e(meta) + "</p>" }
                    if let download = card.download { html += "<p><a href=\"" + e(download.href) + "\">" + e(download.text) + "</a></p>" }
                    html += "</li>\n"
                }
                html += "</ul>\n"
            }
            charts(view.charts, into: &html)
            html += "\n"
            sections(view.sections, into: &html)
        }
    }

    static func measure(_ view: MeasureView) -> String {
        let t = view.entity.layout.t
        return page(view.entity.layout, trailingLine: true) { html in
            html += "<p class=\"measure-state\"><span class=\"status status-" + e(view.status.key) + "\">" + e(view.status.text) + "</span>"
            if let progress = view.progress {
                html += " <progress max=\"100\" value=\"\(progress)\">\(progress) %</progress> <span class=\"meta\">"
                    + e(t["progress"] ?? "") + " \(progress) %</span>"
            }
            html += "</p>\n"
            facts(view.entity.facts, into: &html)
            prose(view.entity.prose, lang: view.entity.proseLang, into: &html)
            html += "<section class=\"section\" aria-labelledby=\"s-history\">\n<h2 id=\"s-history\">" + e(t["follow_up"] ?? "") + "</h2>\n"
            if view.history.isEmpty {
                html += "<p class=\"empty\">" + e(t["no_follow_up"] ?? "") + "</p>"
            } else {
                html += "<ol class=\"timeline\">\n"
                for entry in view.history {
                    html += "<li><time datetime=\"" + e(entry.iso) + "\">" + e(entry.date) + "</time> <span class=\"status status-"
                        + e(entry.status.key) + "\">" + e(entry.status.text) + "</span>"
                    if let progress = entry.progress { html += " <span class=\"meta\">\(progress) %</span>" }
                    if let note = entry.note { html += "<p" + lang(entry.noteLang) + ">" + e(note) + "</p>" }
                    html += "</li>\n"
                }
                html += "</ol>\n"
            }
            html += "\n</section>\n"
            sections(view.entity.sections, into: &html)
        }
    }

    static func organization(_ view: OrganizationView) -> String {
        let t = view.entity.layout.t
        return page(view.entity.layout, trailingLine: true, capacity: 16_384 + view.entity.charts.count * 12_288) { html in
            facts(view.entity.facts, into: &html)
            if let table = view.indicators { tableSection("indicators", heading: t["indicators"], table, into: &html) }
            charts(view.entity.charts, into: &html)
            html += "\n"
            if let table = view.contacts { tableSection("contacts", heading: t["contacts"], table, into: &html) }
            sections(view.entity.sections, into: &html)
            html += "\n"
        }
    }

    static func indicator(_ view: IndicatorView) -> String {
        let t = view.entity.layout.t
        return page(view.entity.layout, trailingLine: true, capacity: 65_536 + view.entity.charts.count * 16_384) { html in
            lead(view.entity.lead, lang: view.entity.leadLang, into: &html)
            facts(view.entity.facts, into: &html)
            html += "\n"
            charts(view.entity.charts, into: &html)
            html += "<section class=\"section\" aria-labelledby=\"s-all-data\">\n<h2 id=\"s-all-data\">" + e(t["all_data"] ?? "")
                + "</h2>\n<details class=\"data-details\"><summary>" + e(t["data_table"] ?? "") + "</summary>\n"

            TableHTML.render(view.allData, into: &html)
            html += "\n</details>\n</section>\n"
            sections(view.entity.sections, into: &html)
        }
    }

    /// A print document: a Markdown report or an attachment compiled from the plan (also the PDFs' source).
    static func report(_ r: ReportView) -> String {
        let t = r.t
        var html = ""
        // Room for the whole document at once: a compiled card holds a chart per indicator.
        func charts(_ sections: [AttachmentSection]) -> Int { sections.reduce(0) { $0 + $1.charts.count + charts($1.sections) } }
        html.reserveCapacity(65_536 + charts(r.sections) * 12_288)
        html += "<!DOCTYPE html>\n<html lang=\"" + e(r.lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>" + e(r.documentTitle) + "</title>\n<meta name=\"author\" content=\"" + e(r.author) + "\">\n"
        if let date = r.date {
            html += "<meta name=\"dcterms.created\" content=\"" + e(date) + "\">\n<meta name=\"dcterms.modified\" content=\"" + e(date) + "\">\n"
        }
        html += "<link rel=\"stylesheet\" href=\"" + e(r.cssHref) + "\">\n<link rel=\"stylesheet\" href=\"" + e(r.printCssHref) + "\">\n"
        html += "<style>@page { @bottom-right { content: \"" + r.pageWord
        html += " \" counter(page) \" (\" counter(pages) \")\"; } } @page :first { @bottom-right { content: none; } }</style>\n"
        html += "</head>\n<body class=\"page-report print-document\">\n"
        html += "<a class=\"skip-link\" href=\"#main\">" + e(t["skip_to_content"] ?? "") + "</a>\n"
        html += "<nav class=\"report-nav\" aria-label=\"" + e(t["breadcrumbs"] ?? "") + "\"><div class=\"wrap\">\n"
        html += "<a href=\"" + e(r.homeHref) + "\">" + e(r.siteTitle) + "</a> › <a href=\"" + e(r.reportsHref) + "\">" + e(t["reports"] ?? "") + "</a>"
        if let pdf = r.pdfHref { html += " · <a href=\"" + e(pdf) + "\">" + e(t["pdf_version"] ?? "") + "</a>" }
        html += "\n</div></nav>\n"
        html += r.indexed ? "<main id=\"main\" class=\"wrap report\" tabindex=\"-1\" data-pagefind-body>\n"
            : "<main id=\"main\" class=\"wrap report\" tabindex=\"-1\">\n"
        html += "<header class=\"report-cover\">\n<p class=\"report-region\">" + e(r.regionName) + "</p>\n"
        if let attachment = r.attachment { html += "<p class=\"report-attachment\">" + e(attachment) + "</p>\n" }
        html += "<h1 class=\"report-title\">" + e(r.title) + "</h1>\n"
        facts(r.facts, into: &html)
        html += "</header>\n"
        if !r.toc.isEmpty {
            html += "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">" + e(t["contents"] ?? "") + "</h2>\n<ol>\n"
            for entry in r.toc {
                html += "<li class=\"toc-level-\(entry.level)\"><a href=\"" + e(entry.href) + "\">" + e(entry.text) + "</a></li>\n"
            }
            html += "</ol>\n</nav>\n"
        }
        prose(r.prose, lang: r.proseLang, into: &html)
        html += "\n"
        for section in r.sections {
            attachmentSection(section, into: &html)
            html += "\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    static func attachmentSection(_ section: AttachmentSection, into html: inout String) {
        let id = e(section.id)
        html += "<section class=\"attachment-section\" aria-labelledby=\"" + id + "\">\n"
        html += "<h\(section.level) id=\"" + id + "\">" + e(section.heading) + "</h\(section.level)>\n"
        if let text = section.text { html += "<p>" + e(text) + "</p>\n" }
        facts(section.facts, into: &html)
        html += "\n"
        for chart in section.charts {
            ChartHTML.render(chart, into: &html)
            html += "\n"
        }
        for table in section.tables {
            TableHTML.render(table, into: &html)
            html += "\n"
        }
        for inner in section.sections {
            attachmentSection(inner, into: &html)
            html += "\n"
        }
        html += "</section>\n"
    }

    // MARK: The layout and its parts

    /// The layout around `main`: head, header with navigation, breadcrumbs, title, footer.
    /// `trailingLine`: the templates wrapped in `{{#entity}}` end with one more line break.
    static func page(_ l: LayoutView, trailingLine: Bool = false, capacity: Int = 16_384, main: (inout String) -> Void) -> String {
        let t = l.t
        var html = ""
        html.reserveCapacity(capacity)
        html += "<!DOCTYPE html>\n<html lang=\"" + e(l.lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        html += "<title>" + e(l.documentTitle) + "</title>\n"
        html += "<link rel=\"stylesheet\" href=\"" + e(l.cssHref) + "\">\n"
        html += "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + e(l.feedHref) + "\" title=\"" + e(t["feed"] ?? "") + "\">\n"
        for alternate in l.alternates {
            html += "<link rel=\"alternate\" hreflang=\"" + e(alternate.lang ?? "") + "\" href=\"" + e(alternate.href) + "\">\n"
        }
        html += "</head>\n<body class=\"page-" + e(l.kind) + "\">\n"
        html += "<a class=\"skip-link\" href=\"#main\">" + e(t["skip_to_content"] ?? "") + "</a>\n"
        html += "<header class=\"site-header\"><div class=\"wrap\">\n"
        html += "<a class=\"site-title\" href=\"" + e(l.homeHref) + "\">" + e(l.siteTitle) + "</a>\n"
        html += "<p class=\"site-region\">" + e(l.regionName) + "</p>\n"
        if !l.languages.isEmpty {
            html += "<nav class=\"lang-switch\" aria-label=\"" + e(t["language"] ?? "") + "\"><ul>\n"
            for language in l.languages {
                let code = e(language.lang ?? "")
                html += "<li><a href=\"" + e(language.href) + "\" lang=\"" + code + "\" hreflang=\"" + code + "\">" + e(language.text) + "</a></li>\n"
            }
            html += "</ul></nav>\n"
        }
        if let search = l.searchHref {
            html += "<form class=\"site-search\" role=\"search\" action=\"" + e(search) + "\" method=\"get\">\n"
            html += "<label for=\"site-search-q\">" + e(t["search_label"] ?? "") + "</label>\n"
            html += "<input id=\"site-search-q\" type=\"search\" name=\"q\" autocomplete=\"off\">\n"
            html += "<button type=\"submit\">" + e(t["search"] ?? "") + "</button>\n</form>\n"
        }
        html += "<nav class=\"site-nav\" aria-label=\"" + e(t["main_navigation"] ?? "") + "\"><ul>\n"
        for item in l.nav {
            html += "<li><a href=\"" + e(item.href) + "\"" + (item.current ? " aria-current=\"page\"" : "") + ">" + e(item.text) + "</a></li>\n"
        }
        html += "</ul></nav>\n</div></header>\n"
        if !l.breadcrumbs.isEmpty {
            html += "<nav class=\"breadcrumbs\" aria-label=\"" + e(t["breadcrumbs"] ?? "") + "\"><ol class=\"wrap\">\n"
            for crumb in l.breadcrumbs { html += "<li><a href=\"" + e(crumb.href) + "\">" + e(crumb.text) + "</a></li>\n" }
            html += "<li aria-current=\"page\"" + lang(l.titleLang) + ">" + e(l.title) + "</li>\n</ol></nav>"
        }
        html += l.indexed ? "\n<main id=\"main\" class=\"wrap\" tabindex=\"-1\" data-pagefind-body>\n"
            : "\n<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n"
        if let eyebrow = l.eyebrow { html += "<p class=\"eyebrow\">" + e(eyebrow) + "</p>\n" }
        html += "<h1" + lang(l.titleLang) + ">" + e(l.title) + "</h1>\n"
        main(&html)
        html += "\n</main>\n<footer class=\"site-footer\"><div class=\"wrap\">\n"
        html += "<nav aria-label=\"" + e(t["footer_navigation"] ?? "") + "\"><ul>\n"
        for link in l.footerLinks { html += "<li><a href=\"" + e(link.href) + "\"" + lang(link.lang) + ">" + e(link.text) + "</a></li>\n" }
        html += "</ul></nav>\n<p>" + e(l.siteTitle) + " · " + e(l.regionName) + "</p>\n</div></footer>\n</body>\n</html>\n"
        if trailingLine { html += "\n" }
        return html
    }

    /// A section holding one table, headed by a UI string (the organisation page's indicators and contacts).
    static func tableSection(_ id: String, heading: String?, _ table: TableView, into html: inout String) {
        html += "<section class=\"section\" aria-labelledby=\"s-" + id + "\">\n<h2 id=\"s-" + id + "\">" + e(heading ?? "") + "</h2>\n"
        TableHTML.render(table, into: &html)
        html += "</section>\n"
    }

    static func lead(_ lead: String?, lang language: String?, into html: inout String) {
        guard let lead else { return }
        html += "<p class=\"lead\"" + lang(language) + ">" + e(lead) + "</p>\n"
    }

    static func facts(_ facts: [FactView], into html: inout String) {
        guard !facts.isEmpty else { return }
        html += "<dl class=\"facts\">\n"
        for fact in facts {
            html += "<div><dt>" + e(fact.term) + "</dt> <dd>"
            for (i, value) in fact.values.enumerated() {
                if i > 0 { html += ", " }
                html += "<span" + lang(value.lang) + ">" + TableHTML.cell(value) + "</span>"
            }
            html += "</dd></div>\n"
        }
        html += "</dl>\n"
    }

    static func prose(_ prose: String?, lang language: String?, into html: inout String) {
        guard let prose else { return }
        html += "<div class=\"prose\"" + lang(language) + ">\n" + prose + "\n</div>\n"
    }

    static func charts(_ charts: [ChartView], into html: inout String) {
        for chart in charts {
            ChartHTML.render(chart, into: &html)
            html += "\n"
        }
    }

    static func sections(_ sections: [SectionView], into html: inout String) {
        for section in sections {
            let id = e(section.id)
            html += "<section class=\"section\" aria-labelledby=\"s-" + id + "\">\n<h2 id=\"s-" + id + "\">" + e(section.heading) + "</h2>\n"
            if !section.links.isEmpty {
                html += "<ul class=\"link-list\">\n"
                for link in section.links {
                    html += "<li><a href=\"" + e(link.href) + "\"" + lang(link.lang) + ">" + e(link.text) + "</a>"
                    if let meta = link.meta { html += " <span class=\"meta\">" + e(meta) + "</span>" }
                    html += "</li>\n"
                }
                html += "</ul>\n"
            }
            if let table = section.table { TableHTML.render(table, into: &html) }
            if let empty = section.empty { html += "<p class=\"empty\">" + e(empty) + "</p>" }
            html += "\n</section>\n"
        }
    }

    private static func e(_ text: String) -> String { MarkupEscape.escape(text) }

    private static func lang(_ language: String?) -> String {
        language.map { " lang=\"" + e($0) + "\"" } ?? ""
    }
}
