import Foundation
import PlanModel
import Yams

/// `indicators/<id>.yaml` for an indicator that comes from Sotkanet: a new file from the metadata,
/// or the data's date (`source.updated`) changed in place in a file the plan team has edited, keeping
/// their comments and layout.
enum IndicatorFile {
    /// A new indicator's file: titles in every language Sotkanet gives, the unit, decimals and source.
    static func new(_ metadata: SotkanetMetadata) -> String {
        var lines = [
            "# Tuotu THL:n Sotkanetista (indikaattori \(metadata.id)) komennolla hyte import sotkanet.",
            "# Tarkista yksikkö (unit) ja valitse better. Uusi tuonti säilyttää muutoksesi ja päivittää",
            "# vain tietojen päivityspäivän (source.updated).",
        ]
        let title = metadata.title.isEmpty ? ["fi": "Sotkanet-indikaattori \(metadata.id)"] : metadata.title
        lines += texts("name", title)
        lines.append("unit: \(JSONText.quote(unit(metadata.valueType)))")
        lines.append("decimals: \(min(max(metadata.decimals ?? 1, 0), 6))")
        lines.append("better: neutral   # higher | lower | neutral: kumpi suunta on parempi? Sotkanet ei kerro sitä")
        var source = "source: {name: THL Sotkanet, sotkanet_id: \(metadata.id)"
        if let updated = metadata.updated { source += ", updated: \(updated)" }
        lines.append(source + "}")
        let description = metadata.description.mapValues(plainText).filter { !$0.value.isEmpty }
        if !description.isEmpty { lines += texts("description", description) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` with `source.updated` set to `day`; nil when the file's source is not a mapping or the
    /// edit could not be made safely (the caller then says what to write by hand).
    static func settingUpdated(_ text: String, to day: Day) -> String? {
        guard let root = try? Yams.compose(yaml: text), let source = root.mapping?["source"], let mapping = source.mapping else { return nil }
        var lines = text.components(separatedBy: "\n")
        let date = day.description
        if let value = mapping.first(where: { $0.key.string == "updated" })?.value {
            guard let mark = value.mark, let old = value.scalar?.string, value.scalar?.style == .plain else { return nil }
            guard replace(&lines, line: mark.line, column: mark.column, old: old, new: date) else { return nil }
        } else {
            guard let last = Array(mapping).last, let mark = last.value.mark, let lastKey = last.key.mark else { return nil }
            // Yams does not keep a mapping's style; a flow mapping starts with '{' where it starts.
            if let start = source.mark, start.line - 1 < lines.count, Array(lines[start.line - 1]).dropFirst(start.column - 1).first == "{" {
                guard let scalar = last.value.scalar, scalar.style == .plain else { return nil }
                guard insert(&lines, line: mark.line, column: mark.column + scalar.string.count, text: ", updated: \(date)") else { return nil }
            } else {
                guard mark.line - 1 < lines.count else { return nil }
                lines.insert(String(repeating: " ", count: lastKey.column - 1) + "updated: \(date)", at: mark.line)
            }
        }
        let result = lines.joined(separator: "\n")
        return check(result, against: root, day: day) ? result : nil
    }

    /// The edit changed nothing but source.updated, and that reads back as the date.
    private static func check(_ result: String, against original: Node, day: Day) -> Bool {
        guard let root = try? Yams.compose(yaml: result), root.mapping?["source"]?.mapping?["updated"]?.string == day.description
        else { return false }
        func withoutDate(_ node: Node) -> String? {
            var node = node
            guard var source = node.mapping?["source"]?.mapping else { return nil }
            source["updated"] = nil
            node.mapping?["source"] = .mapping(source)
            return try? Yams.serialize(node: node)
        }
        guard let edited = withoutDate(root) else { return false }
        return edited == withoutDate(original)
    }

    private static func replace(_ lines: inout [String], line: Int, column: Int, old: String, new: String) -> Bool {
        guard line - 1 < lines.count else { return false }
        var characters = Array(lines[line - 1])
        let start = column - 1
        guard start + old.count <= characters.count, String(characters[start..<start + old.count]) == old else { return false }
        characters.replaceSubrange(start..<start + old.count, with: Array(new))
        lines[line - 1] = String(characters)
        return true
    }

    private static func insert(_ lines: inout [String], line: Int, column: Int, text: String) -> Bool {
        guard line - 1 < lines.count else { return false }
        var characters = Array(lines[line - 1])
        guard column - 1 <= characters.count else { return false }
        characters.insert(contentsOf: Array(text), at: column - 1)
        lines[line - 1] = String(characters)
        return true
    }

    /// The unit shown after values, from Sotkanet's value type ("prosenttia", "per 1 000 asukasta" …).
    static func unit(_ valueType: [String: String]) -> String {
        guard let finnish = valueType["fi"] ?? valueType.values.sorted().first else { return "" }
        let t = finnish.lowercased()
        if t.contains("prosent") || t.contains("%") { return "%" }
        if t.contains("100 000") || t.contains("100000") { return "/ 100 000" }
        if t.contains("10 000") || t.contains("10000") { return "/ 10 000" }
        if t.contains("promill") || t.contains("‰") || t.contains("1 000") || t.contains("1000") { return "‰" }
        if t.contains("indeksi") { return "indeksi" }
        if t.contains("euro") || t.contains("€") { return "€" }
        if t.contains("lukumäärä") { return "lkm" }
        return finnish
    }

    private static func texts(_ key: String, _ values: [String: String]) -> [String] {
        let order = ["fi", "sv", "en"]
        let languages = values.keys.filter(order.contains).sorted { order.firstIndex(of: $0)! < order.firstIndex(of: $1)! }
        return ["\(key):"] + languages.map { "  \($0): \(JSONText.quote(values[$0]!))" }
    }

    /// Sotkanet's descriptions carry some HTML; the plan's text is plain.
    static func plainText(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
