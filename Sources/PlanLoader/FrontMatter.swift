/// Splits a Markdown file into its YAML front matter and its body, keeping line numbers.
struct FrontMatter {
    /// The YAML text between the `---` lines.
    var yaml: String
    /// The file line of the first YAML line (2 when the file starts with `---`).
    var yamlFirstLine: Int
    var body: String
    /// The file line of the body's first line.
    var bodyFirstLine: Int

    enum Problem: Error, Equatable {
        case missingOpening
        case unclosed
    }

    /// `text` must already have `\n` line ends. Walks lines only up to the closing `---`: the body,
    /// which may be megabytes, is taken whole rather than split into lines and joined again.
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var text = Substring(text)
        if text.hasPrefix("\u{FEFF}") { text = text.dropFirst() }
        var lineStart = text.startIndex
        var yamlStart = text.startIndex
        var lineNumber = 1
        while true {
            let lineEnd = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            let line = text[lineStart..<lineEnd].trimmingTrailingSpaces
            if lineNumber == 1 {
                guard line == "---" else { return .failure(.missingOpening) }
            } else if line == "---" || line == "..." {
                let yaml = lineStart == yamlStart ? "" : String(text[yamlStart..<text.index(before: lineStart)])
                let body = lineEnd == text.endIndex ? "" : String(text[text.index(after: lineEnd)...])
                return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: lineNumber + 1))
            }
            guard lineEnd < text.endIndex else { return .failure(.unclosed) }
            lineStart = text.index(after: lineEnd)
            if lineNumber == 1 { yamlStart = lineStart }
            lineNumber += 1
        }
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
