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

    /// `text` must already have `\n` line ends.
    static func split(_ text: String) -> Result<FrontMatter, Problem> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first.map({ $0.hasPrefix("\u{FEFF}") }) == true {
            lines[0] = lines[0].dropFirst()
        }
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else { return .failure(.missingOpening) }
        guard let close = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingTrailingSpaces
            return line == "---" || line == "..."
        }) else { return .failure(.unclosed) }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: close + 2))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
