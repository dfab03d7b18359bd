import PlanModel
import Yams

/// Parses YAML text into a node tree, turning libyaml's errors into diagnostics at the right line.
enum YAMLText {
    /// `firstLine` is the file line of the text's first line (2 inside front matter); `columns` says
    /// what to add to columns (the prefix cut from a chart block in a list or quote).
    static func parse(_ text: String, path: String, firstLine: Int, columns: ColumnShift = .none, sink: DiagnosticSink,
                      cache: YAMLCache? = nil) -> Node? {
        if let known = cache?.node(text) { return known }
        if let alias = YAMLAliasGuard.overflow(in: text) {
            let line = alias.line + firstLine - 1
            sink.error(.yamlAlias, SourceLocation(path: path, line: line, column: alias.column + columns.offset(line: line)),
                       "this alias makes the file stand for more than \(YAMLAliasGuard.limit) values",
                       hint: "write the values out instead of repeating anchors (&name) and aliases (*name)")
            return nil
        }
        do {
            // UTF-8 named: Yams' default reads the whole environment for every parse.
            let node = try Yams.compose(yaml: text, .default, .default, .utf8)
            if let node { cache?.keep(node, for: text) }
            return node
        } catch let error as YamlError {
            let (mark, problem) = describe(error)
            let line = (mark?.line ?? 1) + firstLine - 1
            sink.error(.yamlSyntax, SourceLocation(path: path, line: line, column: (mark?.column ?? 1) + columns.offset(line: line)),
                       "YAML syntax: \(problem)", hint: hint(for: problem))
        } catch {
            sink.error(.yamlSyntax, SourceLocation(path: path, line: firstLine, column: 1 + columns.offset(line: firstLine)), "YAML syntax: \(error)")
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (Mark?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return (mark, prefix + problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark, "the key '\(duplicates.joined(separator: "', '"))' is written twice")
        case .reader(let problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "\(error)")
        }
    }

    private static func hint(for problem: String) -> String? {
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        if problem.contains("mapping values are not allowed") {
            return "put text that contains ': ' in quotes, e.g. title: \"Tavoite: parempi arki\""
        }
        if problem.contains("could not find expected ':'") { return "every line needs 'key: value'" }
        if problem.contains("found character that cannot start any token") {
            return "put text that starts with a special character (@, `, %) in quotes"
        }
        return nil
    }
}
