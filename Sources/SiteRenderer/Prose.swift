import Markdown
import PlanModel

/// Renders Markdown bodies: GFM through cmark-gfm, chart and table blocks as our own HTML.
struct Prose {
    let scope: PageScope
    let templates: TemplateSet

    struct Rendered {
        var html: String
        var lang: String?
        /// The body's headings with the ids given to them, for a table of contents.
        var headings: [Heading]
    }

    func html(_ body: LocalizedMarkdown) throws -> Rendered? {
        guard let resolved = body.resolve(scope.site.language, fallback: scope.site.fallback),
              !resolved.source.isBlank else { return nil }
        let source = resolved.source
        let document = MarkdownDocument(source.text)
        // Most bodies link no content file: they pass no rewrite and pay nothing for it.
        let rewrite: ((String) -> String?)? = source.contentLinks.isEmpty ? nil : { [scope] url in
            source.contentLinks[url].map(scope.href)
        }
        let html = try document.renderHTML(unsafeHTML: scope.plan.site.unsafeHTML, blockInfos: ["chart", "table"],
                                       rewrite: rewrite) { block in
            guard let content = source.blocks[block.line] else { return "" }
            return try BlockRenderer(scope: scope, templates: templates).render(content)
        }
        let headings = document.headings()
        return Rendered(html: MarkdownDocument.anchor(html, headings), lang: resolved.language == scope.site.language ? nil : resolved.language.rawValue,
                        headings: headings)
    }
}
