import PlanModel

extension PageScope {
    /// Where a Markdown link to a content file (`../goals/x.md`) leads: that file's page in this
    /// page's language, or in the language of a translation file it names (`x.sv.md`).
    func href(_ link: ContentLink) -> String {
        var language = link.language ?? site.language
        let route: Route
        switch link.target {
        case .calendar: route = .calendar
        case .entity(let kind, let id):
            switch kind {
            case .focusArea: route = .focusArea(id)
            case .goal: route = .goal(id)
            case .measure: route = .measure(id)
            case .indicator: route = .indicator(id)
            case .organization: route = self.route(forOrganization: id)
            case .body: route = .body(id)
            case .event: route = .calendar
            case .interface: route = .interface(id)
            case .page: route = .page(id)
            case .report:
                route = .report(id)
                // A report written in one language has a page in that language only.
                language = site.versions.language(ofReport: id, plan) ?? language
            }
        }
        let page = href(route, in: language)
        return link.anchor(language, fallback: site.fallback).map { page + "#" + $0 } ?? page
    }
}
