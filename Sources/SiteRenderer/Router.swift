import PlanModel

/// Turns routes into output files and into links relative to the page that links, so the site
/// works from any folder of a web server and from a local preview alike.
public struct Router: Sendable {
    let defaultLanguage: Language

    /// The language's folder below the site root: "" for the default language, "sv/" for Swedish.
    func prefix(_ language: Language) -> String { language == defaultLanguage ? "" : "\(language.rawValue)/" }

    /// Folders from the site root: `["sv", "tavoitteet", "x"]`.
    func folders(_ route: Route, _ language: Language) -> [String] {
        (language == defaultLanguage ? [] : [language.rawValue]) + route.segments
    }

    /// The file a route is written to, relative to the output root.
    func file(_ route: Route, _ language: Language) -> String {
        if route == .notFound { return prefix(language) + "404.html" }
        return (folders(route, language) + ["index.html"]).joined(separator: "/")
    }

    /// The path of a route below the site root, without a leading slash ("tavoitteet/x/"), for sitemaps.
    func path(_ route: Route, _ language: Language) -> String {
        folders(route, language).map { $0 + "/" }.joined()
    }

    /// A relative link from one page to another page.
    func href(_ to: Route, _ toLanguage: Language, from: Route, _ fromLanguage: Language) -> String {
        relative(folders(to, toLanguage), from: from, fromLanguage, trailingSlash: true)
    }

    /// A relative link from a page to a file at `path` below the site root (e.g. "hyte.css").
    func href(file path: String, from: Route, _ fromLanguage: Language) -> String {
        relative(path.split(separator: "/").map(String.init), from: from, fromLanguage, trailingSlash: false)
    }

    private func relative(_ target: [String], from: Route, _ language: Language, trailingSlash: Bool) -> String {
        // 404 pages are served at any depth: link them from the site root.
        if from == .notFound { return "/" + target.joined(separator: "/") + (trailingSlash && !target.isEmpty ? "/" : "") }
        let base = folders(from, language)
        var common = 0
        while common < base.count, common < target.count, base[common] == target[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        let parts = ups + target[common...]
        if parts.isEmpty { return "./" }
        return parts.joined(separator: "/") + (trailingSlash ? "/" : "")
    }

    // MARK: Files that are not pages, each in the folder of the page it belongs to.

    /// Below each language's root: the Atom feed of the updates.
    func feed(_ language: Language) -> String { prefix(language) + Self.feedName }
    /// The default language's feed, at the site root.
    static let feedName = "feed.xml"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    /// Written unchanged from Resources/static to the site root.
    static let stylesheet = "hyte.css", printStylesheet = "hyte-print.css", searchScript = "hyte-search.js"
    static var staticFiles: [String] { [stylesheet, printStylesheet, searchScript] }

    /// Open data, in the data page's folder for every language: "data/plan.json".
    static func data(_ name: String) -> String { (Route.data.segments + [name]).joined(separator: "/") }

    /// A file of the content's `assets` folder, copied to the same path below the site root.
    public static func asset(_ name: String) -> String { assetsFolder + name }
    public static let assetsFolder = "assets/"

    /// The annual clock's calendar (nil) or a body's: in its page's folder and named after it
    /// ("vuosikello/vuosikello.ics", "yhteistyo/x/x.ics").
    func calendar(_ body: String?, _ language: Language) -> String {
        named(body.map(Route.body) ?? .calendar, language, ".ics")
    }

    /// A report's PDF, in its page's folder and named after it: "raportit/x/x.pdf".
    func pdf(_ reportID: String, _ language: Language) -> String { named(.report(reportID), language, Self.pdfSuffix) }
    /// The PDF's name, for links from the report's own folder.
    static func pdfName(_ reportID: String) -> String { reportID + pdfSuffix }
    private static let pdfSuffix = ".pdf"

    /// Where the HTML a report's PDF is made from is staged, hidden beside the PDF (removed before the
    /// output is published).
    func pdfSource(_ reportID: String, _ language: Language) -> String {
        path(.report(reportID), language) + "." + Self.pdfName(reportID) + ".html"
    }

    /// A file in a page's folder named after the folder.
    private func named(_ route: Route, _ language: Language, _ suffix: String) -> String {
        path(route, language) + route.segments.last! + suffix
    }
}
