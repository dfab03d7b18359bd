import Charts

/// `sitemap.xml` of every page, and `robots.txt` pointing at it.
enum Sitemap {
    static func document(baseURL: String, paths: [String]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths.sorted() {
            xml += "<url><loc>\(MarkupEscape.escape(baseURL + path))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(baseURL: String) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(baseURL)sitemap.xml\n"
    }
}
