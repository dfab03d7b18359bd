import PlanModel

/// What the shared layout template shows around every page.
struct LayoutView: Sendable, Encodable {
    var lang: String
    var kind: String
    var title: String
    var titleLang: String?
    var documentTitle: String
    var siteTitle: String
    var regionName: String
    var homeHref: String
    var cssHref: String
    var feedHref: String
    /// The search page the header's search form submits to; nil on the search page itself, which has its own form.
    var searchHref: String?
    /// Whether Pagefind indexes the page's main content: not the search page or the 404 page.
    var indexed: Bool
    var nav: [NavItemView]
    var breadcrumbs: [LinkView]
    var footerLinks: [LinkView]
    var eyebrow: String?
    /// Every language version of this page, absolute, for `<link rel="alternate" hreflang>` (symmetric).
    var alternates: [LinkView]
    /// The same page in the site's other languages, each named in its own language.
    var languages: [LinkView]
    var t: [String: String]
    /// The chrome every page of a language and folder depth shares, written by the `site-header`,
    /// `site-nav` and `site-footer` templates once per distinct view (`SharedFragment`). `nav`,
    /// `footerLinks` and the rest stay above for templates that write the chrome themselves.
    var siteHeader: SharedFragment
    var siteNav: SharedFragment
    var siteFooter: SharedFragment

    static let footerPageLimit = 10

    static let navigation: [(Route, String)] = [
        (.focusAreas, "focus_areas"), (.goals, "goals"), (.measures, "measures"), (.indicators, "indicators"),
        (.municipalities, "municipalities"), (.cooperation, "cooperation"), (.calendar, "calendar"),
        (.interfaces, "interfaces"), (.responsibilities, "responsibilities"), (.reports, "reports"),
    ]

    /// `section` is the navigation entry the page belongs to; `trail` the links between home and the page.
    init(_ scope: PageScope, kind: String, title: (text: String, lang: String?), section: Route?, trail: [LinkView] = [],
         eyebrow: String? = nil) {
        let site = scope.site
        lang = site.language.rawValue
        self.kind = kind
        self.title = title.text
        titleLang = title.lang
        let siteTitle = site.string(scope.plan.site.title)
        self.siteTitle = siteTitle
        documentTitle = scope.route == .home ? siteTitle : "\(title.text) – \(siteTitle)"
        regionName = site.string(scope.plan.region?.name)
        homeHref = scope.href(.home)
        cssHref = scope.href(file: Router.stylesheet)
        feedHref = scope.href(file: site.router.feed(site.language))
        searchHref = scope.route == .search ? nil : scope.href(.search)
        indexed = scope.route != .search && scope.route != .notFound
        nav = Self.navigation.map { route, key in
            NavItemView(href: scope.href(route), text: site.labels[key], current: route == section)
        }
        breadcrumbs = scope.route == .home ? [] : [LinkView(href: scope.href(.home), text: site.labels["home"])] + trail
        var footer = [LinkView(href: scope.href(.accessibility), text: site.labels["accessibility"]),
                      LinkView(href: scope.href(.organizations), text: site.labels["organizations"]),
                      LinkView(href: scope.href(.data), text: site.labels["open_data"]),
                      LinkView(href: scope.href(.updates), text: site.labels["updates"])]
        // A few free pages are linked from every page; more would make every page grow with their
        // number (10,000 pages, 10,000 links each), so then the footer links their list instead.
        if scope.plan.pages.count <= Self.footerPageLimit {
            footer += scope.plan.pages.map { scope.link(.page($0.id), $0.title) }
        } else {
            footer.append(LinkView(href: scope.href(.pages), text: site.labels["pages"]))
        }
        footerLinks = footer
        self.eyebrow = eyebrow
        let versions = scope.plan.site.languages.filter { site.versions.exists(scope.route, $0, scope.plan) }
        alternates = versions.count > 1 ? versions.map { language in
            LinkView(href: scope.plan.site.baseURL + site.router.path(scope.route, language), text: "", lang: language.rawValue)
        } : []
        languages = versions.filter { $0 != site.language }.map { language in
            LinkView(href: site.router.href(scope.route, language, from: scope.route, site.language),
                     text: site.labels.languageName(language), lang: language.rawValue)
        }
        t = site.labels.strings
        let labels = site.labels
        siteHeader = SharedFragment(template: "site-header", view: SiteHeaderView(
            skipToContent: labels["skip_to_content"], homeHref: homeHref, siteTitle: siteTitle, regionName: regionName))
        siteNav = SharedFragment(template: "site-nav", view: SiteNavView(
            menu: labels["menu"], searchHref: searchHref, searchLabel: labels["search_label"], search: labels["search"],
            mainNavigation: labels["main_navigation"], nav: nav))
        siteFooter = SharedFragment(template: "site-footer", view: SiteFooterView(
            footerNavigation: labels["footer_navigation"], footerLinks: footerLinks, siteTitle: siteTitle, regionName: regionName))
    }
}

/// The top of the site header: the skip link, the site's title and its owner.
struct SiteHeaderView: Encodable, Hashable, Sendable {
    var skipToContent: String
    var homeHref: String
    var siteTitle: String
    var regionName: String
}

/// The header's search form (none on the search page) and the main navigation, behind a disclosure
/// ("Valikko") on phones so the page's own title is on the first screen.
struct SiteNavView: Encodable, Hashable, Sendable {
    var menu: String
    var searchHref: String?
    var searchLabel: String
    var search: String
    var mainNavigation: String
    var nav: [NavItemView]
}

/// The footer's links and the site's name.
struct SiteFooterView: Encodable, Hashable, Sendable {
    var footerNavigation: String
    var footerLinks: [LinkView]
    var siteTitle: String
    var regionName: String
}
