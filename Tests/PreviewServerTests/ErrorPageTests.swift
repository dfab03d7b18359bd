import Foundation
import PlanModel
import PreviewServer
import Testing

/// The page shown while the content has errors: every error with its place and source line, all escaped.
struct ErrorPageTests {
    static let file = "content/goals/<x>.md"
    static let source = """
        ---
        title: Nuorten <script>alert("x")</script> & muut
        focus_area: lapsi
        \tresponsible: ["a'b"]
        ---
        """

    static func render(_ errors: [Diagnostic]) -> String {
        ErrorPage.render(errors, script: "<script>RELOAD</script>") { $0 == file ? source : nil }
    }

    @Test func everythingFromTheContentIsEscaped() {
        let page = Self.render([
            .error(.unknownKey, SourceLocation(path: Self.file, line: 2, column: 8), "bad <title> & \"quotes\"", hint: "write <b>it</b>"),
        ])
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<x>") && !page.contains("<title> &") && !page.contains("<b>it"))
        #expect(page.contains("title: Nuorten &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; muut"))
        #expect(page.contains("<code>content/goals/&lt;x&gt;.md</code>, rivi 2, sarake 8"))
        #expect(page.contains("bad &lt;title&gt; &amp; &quot;quotes&quot;"))
        #expect(page.contains("Vihje: write &lt;b&gt;it&lt;/b&gt;"))
        // The reload script is the page's only script, before </body>.
        #expect(page.contains("<script>RELOAD</script>\n</body>"))
        #expect(page.components(separatedBy: "<script>").count == 2)
        #expect(page.contains("<title>Sisällössä on virheitä</title>") && page.contains("<html lang=\"fi\">"))
        #expect(page.contains("sisällössä on 1 virhe."))
    }

    @Test func caretStandsUnderTheColumn() {
        let page = Self.render([
            .error(.unknownKey, SourceLocation(path: Self.file, line: 3, column: 13), "unknown focus area 'lapsi'"),
            .error(.unknownKey, SourceLocation(path: Self.file, line: 4, column: 15), "tab before"),
        ])
        #expect(page.contains("focus_area: lapsi\n<span class=\"caret\">\(String(repeating: " ", count: 12))^</span>"))
        #expect(page.contains("\tresponsible: [&quot;a&#39;b&quot;]\n<span class=\"caret\">\t\(String(repeating: " ", count: 13))^</span>"))
        #expect(page.contains("sisällössä on 2 virhettä."))
    }

    @Test func placesWithoutALineShowNoExcerpt() {
        let page = Self.render([
            .error(.unknownKey, SourceLocation(path: "content/missing.md", line: 1, column: 1), "the file cannot be read"),
            .error(.unknownKey, SourceLocation(path: Self.file, line: 99, column: 1), "past the end"),
        ])
        #expect(!page.contains("<pre>"))
        #expect(page.contains("content/missing.md</code>, rivi 1, sarake 1") && page.contains("past the end"))
    }

    @Test func longLinesAreCutAroundTheColumn() throws {
        let line = String(repeating: "a", count: 5000) + "<X>" + String(repeating: "b", count: 5000)
        let page = ErrorPage.render([.error(.unknownKey, SourceLocation(path: "f", line: 1, column: 5001), "here")], script: "") { _ in line }
        let excerpt = try #require(page.firstMatch(of: /<pre><code>(.*)\n<span class="caret">( *)\^/))
        #expect(excerpt.1.contains("&lt;X&gt;") && excerpt.1.count < 600 && excerpt.1.hasPrefix("…") && excerpt.1.hasSuffix("…"))
        // The caret stands under "<", which is drawn as "&lt;".
        let shown = excerpt.1.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        #expect(Array(shown)[excerpt.2.count] == "<")
    }
}
