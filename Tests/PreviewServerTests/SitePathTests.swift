import Testing
@testable import PreviewServer

/// Request paths to files of the in-memory site, and every way of trying to leave it.
struct SitePathTests {
    static let files: Set<String> = ["index.html", "404.html", "sv/index.html", "sv/404.html", "tavoitteet/index.html",
                                     "tavoitteet/x/index.html", "assets/style.css", "data/ä b.csv"]

    static func resolve(_ path: String) -> SitePath { SitePath.resolve(path) { files.contains($0) } }

    @Test func foldersFilesAndRedirects() {
        #expect(Self.resolve("/") == .file("index.html"))
        #expect(Self.resolve("/tavoitteet/") == .file("tavoitteet/index.html"))
        #expect(Self.resolve("/tavoitteet/x/") == .file("tavoitteet/x/index.html"))
        #expect(Self.resolve("/tavoitteet/x") == .redirect("/tavoitteet/x/"))
        #expect(Self.resolve("/sv") == .redirect("/sv/"))
        #expect(Self.resolve("/assets/style.css") == .file("assets/style.css"))
        #expect(Self.resolve("/data/%C3%A4%20b.csv") == .file("data/ä b.csv"))
        #expect(Self.resolve("/index.html") == .file("index.html"))
        // A file is not a folder.
        #expect(Self.resolve("/assets/style.css/") == .notFound(page: "404.html"))
    }

    @Test func redirectsAreAbsoluteOnlyForAPlainHost() {
        #expect(SiteHandler.absolute("/sv/", host: "127.0.0.1:8080") == "http://127.0.0.1:8080/sv/")
        #expect(SiteHandler.absolute("/sv/", host: "[::1]:8080") == "http://[::1]:8080/sv/")
        #expect(SiteHandler.absolute("/sv/", host: "localhost") == "http://localhost/sv/")
        for host in [nil, "", "evil.example/x", "a b", "a@b", "ä.fi"] { #expect(SiteHandler.absolute("/sv/", host: host) == "/sv/") }
    }

    @Test func onlyLocalHostNamesAreServed() {
        for host in [nil, "", "127.0.0.1", "127.0.0.1:8080", "localhost:41234", "LOCALHOST", "[::1]:8080", "[::1]"] {
            #expect(SiteHandler.isLocal(host), "\(host ?? "nil")")
        }
        for host in ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil:80", "127.0.0.1:80x",
                     "[::1]x", "127.0.0.1:", "10.0.0.1:8080"] {
            #expect(!SiteHandler.isLocal(host), "\(host)")
        }
    }

    @Test func unknownPathsGetTheirLanguagesNotFoundPage() {
        #expect(Self.resolve("/ei-ole/") == .notFound(page: "404.html"))
        #expect(Self.resolve("/ei-ole") == .notFound(page: "404.html"))
        #expect(Self.resolve("/tavoitteet/y/") == .notFound(page: "404.html"))
        #expect(Self.resolve("/sv/finns-inte") == .notFound(page: "sv/404.html"))
        #expect(Self.resolve("/sv/a/b/") == .notFound(page: "sv/404.html"))
        #expect(SitePath.resolve("/x") { _ in false } == .notFound(page: nil))
    }

    @Test func escapesAreRejected() {
        for path in ["/../etc/passwd", "/tavoitteet/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd",
                     "/tavoitteet/%2F..%2F..%2Fetc", "/a%2Fb", "/..", "/.", "/./index.html", "//etc/passwd",
                     "/a\\..\\b", "/a%5C..%5Cb", "/index.html%00.css", "/%0d%0aSet-Cookie:x", "/%zz", "relative", ""] {
            #expect(Self.resolve(path) == .invalid, "\(path)")
        }
    }

    @Test func contentTypes() {
        let expected = [
            "a/index.html": "text/html; charset=utf-8", "x.css": "text/css; charset=utf-8", "x.js": "text/javascript; charset=utf-8",
            "x.svg": "image/svg+xml", "feed.xml": "application/xml", "data/x.json": "application/json",
            "data/x.csv": "text/csv; charset=utf-8", "vuosikello.ics": "text/calendar; charset=utf-8", "r.pdf": "application/pdf",
            "a.png": "image/png", "a.JPG": "image/jpeg", "a.webp": "image/webp", "f.woff2": "font/woff2",
            "robots.txt": "text/plain; charset=utf-8", "x.bin": "application/octet-stream", "noextension": "application/octet-stream",
            "dir.v2/file": "application/octet-stream",
        ]
        for (path, type) in expected { #expect(ContentType.of(path) == type, "\(path)") }
        #expect(ContentType.isHTML("404.html") && !ContentType.isHTML("x.htm.css"))
    }
}
