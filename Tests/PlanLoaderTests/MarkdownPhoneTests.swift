import Markdown
import Testing

/// What the Markdown renderer does for phones: addresses wrap between their parts, and an author's
/// table scrolls in a box of its own instead of widening the page.
@Suite struct MarkdownPhoneTests {
    @Test func addressesGetLineBreakOpportunities() throws {
        let html = try MarkdownDocument("Kirjoita <hyte@pohjois-esimerkki.example.fi> tai katso https://a.fi/b & muuta.\n").renderHTML(unsafeHTML: false)
        #expect(html.contains("<a href=\"mailto:hyte@pohjois-esimerkki.example.fi\">hyte<wbr>@pohjois-esimerkki<wbr>.example<wbr>.fi</a>"))
        #expect(html.contains("<a href=\"https://a.fi/b\">https:/<wbr>/<wbr>a<wbr>.fi/<wbr>b</a> &amp; muuta."))
        // Text written as HTML stays text; a heading keeps its words (its id comes from them).
        let escaped = try MarkdownDocument("## Yhteys: a@b.fi\n\n&lt;x&gt; a@b.fi\n").renderHTML(unsafeHTML: false)
        #expect(escaped.contains(">a@b.fi</a></h2>") && escaped.contains("&lt;x&gt; <a href=\"mailto:a@b.fi\">a<wbr>@b<wbr>.fi</a>"), "\(escaped)")
    }

    @Test func tablesScrollInABoxOfTheirOwn() throws {
        let html = try MarkdownDocument("| A | B |\n|---|---|\n| 1 | 2 |\n").renderHTML(unsafeHTML: false)
        #expect(html.hasPrefix("<div class=\"table-scroll\" tabindex=\"0\">\n<table>"))
        #expect(html.hasSuffix("</table>\n</div>\n"))
    }
}
