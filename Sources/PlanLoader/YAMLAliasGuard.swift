// libyaml, as vendored by Yams: Yams has no API for parse events, and the check must run before Yams composes.
import CYaml

/// A few lines of anchors and aliases (`l1: &l1 [*l0, *l0, …]`) can stand for billions of values.
/// Yams shares aliased values, but hashes every mapping key in full to find duplicate keys, so such
/// an "alias bomb" in a key would hang the load. This walks libyaml's events first and counts the
/// values each alias stands for, so a document that expands past `limit` is refused at the alias.
enum YAMLAliasGuard {
    /// Values after expanding aliases; plan files have a few hundred.
    static let limit = 100_000

    /// The 1-based line and column of the alias at which the expanded document passes `limit`;
    /// nil when it stays below (or has a syntax error, which Yams then reports).
    static func overflow(in text: String) -> (line: Int, column: Int)? {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }  // no alias without '*'
        var text = text
        return text.withUTF8 { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var sizes: [String: Int] = [:]
            // Open collections: their anchor and the values counted in them so far.
            var open: [(anchor: String?, size: Int)] = []
            var total = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                var size = 0
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_SEQUENCE_START_EVENT:
                    open.append((name(event.data.sequence_start.anchor), 1))
                case YAML_MAPPING_START_EVENT:
                    open.append((name(event.data.mapping_start.anchor), 1))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { return nil }
                    if let anchor = closed.anchor { sizes[anchor] = closed.size }
                    size = closed.size
                case YAML_SCALAR_EVENT:
                    if let anchor = name(event.data.scalar.anchor) { sizes[anchor] = 1 }
                    size = 1
                case YAML_ALIAS_EVENT:
                    size = name(event.data.alias.anchor).flatMap { sizes[$0] } ?? 1
                    total += size
                    if total > limit || (open.last?.size ?? 0) + size > limit {
                        return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
                    }
                default:
                    continue
                }
                if event.type == YAML_SCALAR_EVENT { total += 1 }
                // Sizes saturate at the limit, so adding them up cannot overflow.
                if !open.isEmpty { open[open.count - 1].size = min(limit + 1, open[open.count - 1].size + size) }
            }
        }
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }
}
