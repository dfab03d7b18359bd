/// What to add to a YAML column to get the file's column, line by line. A chart block inside a list
/// or a block quote has its container's prefix cut from each line before its YAML is read, but not
/// every line had the same prefix: a blank line or a lazy continuation line of a quote has none.
struct ColumnShift: Sendable {
    /// The shift of lines not listed.
    var base = 0
    /// File line → shift, where it differs from `base`.
    var byLine: [Int: Int] = [:]

    static let none = ColumnShift()

    func offset(line: Int) -> Int { byLine[line] ?? base }

    /// The shifts of a fenced block's lines: each line of `literal` (the block's text as cmark-gfm gives
    /// it) is the end of the same line of the body (`bodyLines`, split once for all its blocks) after
    /// the fence, so the prefix is what comes before it.
    static func block(literal: String, bodyLines: [Substring], fenceLine bodyFenceLine: Int, fileFenceLine: Int,
                      column: Int) -> ColumnShift {
        var shift = ColumnShift(base: column - 1)
        for (k, line) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let index = bodyFenceLine + k  // 0-based: the line after the fence
            // Past the body's end (an unclosed block's end of input): the line has no prefix at all.
            var text = index < bodyLines.count ? bodyLines[index] : ""
            if text.last == "\r" { text = text.dropLast() }
            let prefix = text.hasSuffix(line) ? text.count - line.count : min(column - 1, text.count)
            if prefix != shift.base { shift.byLine[fileFenceLine + 1 + k] = prefix }
        }
        return shift
    }
}
