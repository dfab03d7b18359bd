import HyteBase

/// `sitemap.xml` of every page, and `robots.txt` pointing at it.
enum Sitemap {
    struct Page {
        var path: String
        /// Every language version of the page (including itself) as (language code, path).
        var alternates: [(String, String)]
    }

    static func document(baseURL: String, pages: [Page]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for page in pages.sorted(by: { $0.path < $1.path }) {
            xml += "<url><loc>\(MarkupEscape.escape(baseURL + page.path))</loc>"
            if page.alternates.count > 1 {
                for (language, path) in page.alternates {
                    xml += "<xhtml:link rel=\"alternate\" hreflang=\"\(language)\" href=\"\(MarkupEscape.escape(baseURL + path))\"/>"
                }
            }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(baseURL: String) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(baseURL)\(Router.sitemap)\n"
    }
}
