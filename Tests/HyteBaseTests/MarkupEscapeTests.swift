import HyteBase
import Testing

struct MarkupEscapeTests {
    @Test func theFiveCharactersAreEscaped() {
        #expect(MarkupEscape.escape(#"<a href="x">Tom & 'Jerry'</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    @Test func escapingIsNotIdempotent() {
        // An entity already in the text is text: its & is escaped again.
        #expect(MarkupEscape.escape("&amp;") == "&amp;amp;")
    }

    @Test(arguments: ["", "plain words", "äöå – 12,5 %", "#3a6ea5", "emoji 👩🏽‍⚕️ and ✓"])
    func otherTextIsUnchanged(_ text: String) {
        #expect(MarkupEscape.escape(text) == text)
    }

    @Test func charactersBesideEscapesSurvive() {
        // Combining characters and multi-byte neighbours stay whole around a replaced character.
        #expect(MarkupEscape.escape("é<ü>👍&") == "é&lt;ü&gt;👍&amp;")
    }
}
