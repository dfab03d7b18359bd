import HyteBase
import Testing

/// The byte buffer the chart and table writers append to gives the bytes a `String` would.
@Suite struct MarkupBufferTests {
    @Test(arguments: [("", ""), ("plain words", "plain words"), ("a & b < c > d \"e\" 'f'", "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;"),
                      ("äöå – 12,5 %", "äöå – 12,5 %"), ("emoji 👩🏽‍⚕️ & ✓", "emoji 👩🏽‍⚕️ &amp; ✓"), ("&&<<", "&amp;&amp;&lt;&lt;")])
    func textIsEscapedBesideMarkupAsItIs(_ text: String, _ escaped: String) {
        var buffer = MarkupBuffer()
        buffer.write("<p title=\"")
        buffer.writeEscaped(text)
        buffer.write("\">")
        buffer.write(text)
        #expect(buffer.text == "<p title=\"" + escaped + "\">" + text)
    }

    @Test(arguments: [0, 7, -7, 10, 2029, -100_000, Int.max, Int.min])
    func integersAreWrittenAsStringWritesThem(_ value: Int) {
        var buffer = MarkupBuffer(capacity: 4)
        buffer.write("[")
        buffer.write(value)
        buffer.write("]")
        #expect(buffer.text == "[\(value)]")
    }
}

@Suite struct AddressTests {
    @Test(arguments: [("a@b.fi", true), ("https://a.fi", true), ("x :// y", true), ("a:/b", false), (":/ /", false), ("plain 12:30", false), ("", false)])
    func addressesAreFoundByTheirBytes(_ text: String, _ expected: Bool) {
        #expect(MarkupBuffer.mayHoldAddress(text) == expected)
    }
}
