/// Turns cmark's UTF-8 byte columns into the columns of other messages (Unicode scalars, as
/// libyaml counts them), so a link after "Näin:" is reported where editors put the cursor.
struct LinkColumns {
    private let bytes: [UInt8]
    /// Byte offsets where each line starts (line 1 at index 0); nil for ASCII text, where the two agree.
    private let lineStarts: [Int]?

    init(_ text: String) {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else {
            bytes = []
            lineStarts = nil
            return
        }
        bytes = Array(text.utf8)
        var starts = [0]
        var i = 0
        while i < bytes.count {
            // CR LF, lone CR and LF each end a line, as cmark counts them.
            if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            if bytes[i] == 0x0A || bytes[i] == 0x0D { starts.append(i + 1) }
            i += 1
        }
        lineStarts = starts
    }

    func column(line: Int, byteColumn: Int) -> Int {
        guard let lineStarts, line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(1, byteColumn) }
        let start = lineStarts[line - 1]
        let end = min(bytes.count, start + byteColumn - 1)
        // Continuation bytes (10xxxxxx) do not start a scalar.
        return bytes[start..<end].filter { $0 & 0xC0 != 0x80 }.count + 1
    }
}
