import PlanModel

/// What the search page shows: a form, a place for results, and a way through the site without JavaScript.
struct SearchView: Encodable {
    var layout: LayoutView
    var lead: String
    /// The site's sections, for readers whose browser runs no JavaScript (or when no index was built).
    var browse: [LinkView]
    var scriptHref: String
    var t: [String: String]
}

/// `/haku/`: searches the Pagefind index of the page's language in the browser. The header form of
/// every page submits here with `?q=`; the page's script reads it, so both work without a server.
enum SearchPage {
    static func make(_ scope: PageScope) -> SearchView {
        let labels = scope.labels
        let browse = LayoutView.navigation.map { route, key in LinkView(href: scope.href(route), text: labels[key]) }
            + [LinkView(href: scope.href(.organizations), text: labels["organizations"]),
               LinkView(href: scope.href(.data), text: labels["open_data"])]
        return SearchView(layout: LayoutView(scope, kind: "search", title: (labels["search_title"], nil), section: nil),
                          lead: labels["search_intro"], browse: browse, scriptHref: scope.href(file: Router.searchScript),
                          t: labels.strings)
    }
}
