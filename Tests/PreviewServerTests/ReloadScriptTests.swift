import Foundation
import PreviewServer
import Testing

/// The reload script goes into served HTML only, once, before the closing body tag.
struct ReloadScriptTests {
    static func inject(_ page: String) -> String {
        String(decoding: ReloadScript.inject(into: Data(page.utf8), state: "abc-3"), as: UTF8.self)
    }

    @Test func goesBeforeTheLastClosingBodyTag() {
        let tag = ReloadScript.tag(state: "abc-3")
        #expect(Self.inject("<html><body><p>x</p></body>\n</html>\n") == "<html><body><p>x</p>\(tag)</body>\n</html>\n")
        // A "</body>" quoted inside the page (in a code sample) comes before the real one.
        #expect(Self.inject("<body><code>&lt;/body&gt;</code><pre></body></pre></BODY></html>")
            == "<body><code>&lt;/body&gt;</code><pre></body></pre>\(tag)</BODY></html>")
        #expect(Self.inject("<p>no body tag") == "<p>no body tag\(tag)")
        #expect(Self.inject("") == tag)
        // Bytes that are not UTF-8 pass through untouched.
        let latin = Data([0x3C, 0x70, 0x3E, 0xE4, 0x3C, 0x2F, 0x62, 0x6F, 0x64, 0x79, 0x3E])
        let out = ReloadScript.inject(into: latin, state: "s-1")
        #expect(out.prefix(4) == latin.prefix(4) && out.suffix(7) == latin.suffix(7))
    }

    @Test func scriptListensToTheEventsAndReconnects() {
        let tag = ReloadScript.tag(state: "k9-12")
        #expect(tag.hasPrefix("<script>") && tag.hasSuffix("</script>"))
        #expect(tag.contains("new EventSource(\"/_hyte/events?v=k9-12&page=\"+encodeURIComponent(location.pathname))"))
        #expect(tag.contains("addEventListener(\"reload\"") && tag.contains("addEventListener(\"problems\""))
        #expect(tag.contains("location.reload()") && tag.contains("setTimeout(c,1000)"))
        #expect(tag.utf8.count < 400, "the script stays tiny")
    }
}
