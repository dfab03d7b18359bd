import PlanModel

enum FreePage {
    static func make(_ page: Page, _ scope: PageScope, templates: TemplateSet) throws -> EntityView {
        let site = scope.site
        let prose = try Prose(scope: scope, templates: templates).html(scope.plan.body(of: page))
        let summary = page.summary.map(site.text)
        return EntityView(layout: LayoutView(scope, kind: "page", title: site.text(page.title), section: nil),
                          lead: summary?.text, leadLang: summary?.lang, facts: [], prose: prose?.html, proseLang: prose?.lang,
                          sections: [])
    }

    static func notFound(_ scope: PageScope) -> EntityView {
        EntityView(layout: LayoutView(scope, kind: "not-found", title: (scope.labels["not_found_title"], nil), section: nil),
                   lead: scope.labels["not_found_text"], leadLang: nil, facts: [], prose: nil, proseLang: nil,
                   sections: [scope.section("home", "back_home", links: [LinkView(href: scope.href(.home), text: scope.labels["home"])])!])
    }
}
