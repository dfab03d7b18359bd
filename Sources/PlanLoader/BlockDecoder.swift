import Markdown
import PlanModel
import Yams

/// Finds ```` ```chart ```` and ```` ```table ```` blocks in a Markdown body and reads their YAML.
enum BlockDecoder {
    static let infos: Set<String> = ["chart", "table"]
    static let chartKeys = ["type", "indicator", "areas", "years", "year", "groups", "goal", "focus_area", "title"]
    static let tableKeys = ["type", "focus_area", "goal", "organization", "title"]

    /// True when a fence could open a chart or table block: most bodies have none and need no parse for it.
    static func mayHaveBlocks(_ text: String) -> Bool {
        text.containsBytes("```chart") || text.containsBytes("```table") || text.containsBytes("~~~chart") || text.containsBytes("~~~table")
    }

    static func blocks(in source: MarkdownSource, document: MarkdownDocument, sink: DiagnosticSink, language: Language)
        -> [Int: ContentBlock]
    {
        var result: [Int: ContentBlock] = [:]
        let blocks = document.fencedBlocks(infos)
        let bodyLines = blocks.isEmpty ? [] : source.text.split(separator: "\n", omittingEmptySubsequences: false)
        for block in blocks {
            let fenceLine = source.firstLine + block.line - 1
            let columns = ColumnShift.block(literal: block.literal, bodyLines: bodyLines, fenceLine: block.line,
                                            fileFenceLine: fenceLine, column: block.column)
            let context = FileContext(path: source.path, lineOffset: fenceLine, sink: sink, language: language, columns: columns)
            let fence = SourceLocation(path: source.path, line: fenceLine, column: block.column)
            guard let root = YAMLText.parse(block.literal, path: source.path, firstLine: fenceLine + 1,
                                            columns: columns, sink: sink) else {
                if block.literal.allSatisfy(\.isWhitespace) {
                    sink.error(.emptyBlock, fence, "the \(block.info) block is empty", hint: "write at least 'type: …' inside it")
                }
                continue
            }
            let decoded = block.info == "chart" ? chart(root, context, fence) : table(root, context, fence)
            if let decoded { result[block.line] = decoded }
        }
        return result
    }

    private static func chart(_ root: Node, _ context: FileContext, _ fence: SourceLocation) -> ContentBlock? {
        guard let map = Mapping(root, context, what: "the chart block", allowed: chartKeys, required: ["type"]),
              let kind = map.choice("type", as: ChartSpec.Kind.self) else { return nil }
        var years: ClosedRange<Int>?
        if let node = map["years"], let text = context.string(node, "years") {
            let parts = text.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            if parts.count == 2, let a = parts[0], let b = parts[1], a <= b, (1900...2100).contains(a), (1900...2100).contains(b) {
                years = a...b
            } else if parts.count == 1, let a = parts[0], (1900...2100).contains(a) {
                years = a...a
            } else {
                context.error(.invalidRange, node, "'\(text)' is not a range of years", hint: "write years: 2015-2024")
            }
        }
        let spec = ChartSpec(kind: kind, indicator: map.reference("indicator"), areas: map.references("areas"),
                             years: years, year: map.year("year"), groups: map.strings("groups"),
                             goal: map.reference("goal"), focusArea: map.reference("focus_area"),
                             title: map.text("title"), location: fence)
        if (kind == .trend || kind == .compare) && spec.indicator == nil && !map.has("indicator") {
            context.error(.missingKey, root, "a \(kind.rawValue) chart needs an indicator", hint: "add 'indicator: <indicator-id>'")
            return nil
        }
        return .chart(spec)
    }

    private static func table(_ root: Node, _ context: FileContext, _ fence: SourceLocation) -> ContentBlock? {
        guard let map = Mapping(root, context, what: "the table block", allowed: tableKeys, required: ["type"]),
              let kind = map.choice("type", as: TableSpec.Kind.self) else { return nil }
        return .table(TableSpec(kind: kind, focusArea: map.reference("focus_area"), goal: map.reference("goal"),
                                organization: map.reference("organization"), title: map.text("title"), location: fence))
    }
}
