import Markdown
import PlanModel

/// Renders Markdown bodies: GFM through cmark-gfm, chart and table blocks as our own HTML.
struct Prose {
    let scope: PageScope
    let templates: TemplateSet

    func html(_ body: LocalizedMarkdown) -> (html: String, lang: String?)? {
        guard let resolved = body.resolve(scope.site.language, fallback: scope.site.fallback),
              !resolved.source.isBlank else { return nil }
        let source = resolved.source
        let document = MarkdownDocument(source.text)
        let html = document.renderHTML(unsafeHTML: scope.plan.site.unsafeHTML, blockInfos: ["chart", "table"]) { block in
            guard let content = source.blocks[block.line] else { return "" }
            return BlockRenderer(scope: scope, templates: templates).render(content)
        }
        return (html, resolved.language == scope.site.language ? nil : resolved.language.rawValue)
    }
}
