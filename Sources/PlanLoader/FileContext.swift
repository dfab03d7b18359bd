import Foundation
import PlanModel
import Yams

/// Reads values out of one file's YAML nodes, reporting every problem at its line and column.
struct FileContext {
    /// The path as shown to the user, e.g. `content/goals/x.md`.
    let path: String
    /// Added to YAML line numbers: the file line of the YAML text's first line, minus one.
    let lineOffset: Int
    let sink: DiagnosticSink
    let language: Language
    /// Added to YAML columns: a chart block in a list or a quote has its container's prefix cut.
    var columns = ColumnShift.none

    func location(_ node: Node?) -> SourceLocation {
        guard let mark = node?.mark else {
            return SourceLocation(path: path, line: lineOffset + 1, column: 1 + columns.offset(line: lineOffset + 1))
        }
        let line = mark.line + lineOffset
        return SourceLocation(path: path, line: line, column: mark.column + columns.offset(line: line))
    }

    var fileStart: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    func error(_ id: DiagnosticID, _ node: Node?, _ message: String, hint: String? = nil) {
        sink.error(id, location(node), message, hint: hint)
    }


    // MARK: Scalars

    /// A scalar's text; nil (with an error) for lists and mappings, nil (silently) for an empty value.
    func scalar(_ node: Node, _ key: String) -> String? {
        switch node {
        case .scalar(let scalar):
            if node.isEmptyValue { return nil }
            return scalar.string
        case .mapping:
            error(.wrongType, node, "'\(key)' should be a single value, not a mapping")
        case .sequence:
            error(.wrongType, node, "'\(key)' should be a single value, not a list")
        default:
            error(.wrongType, node, "'\(key)' should be a single value")
        }
        return nil
    }

    func string(_ node: Node, _ key: String) -> String? {
        guard let text = scalar(node, key) else { return nil }
        if text.allSatisfy(\.isWhitespace) {
            error(.emptyValue, node, "'\(key)' is empty", hint: "write a value, or remove the key if it is optional")
            return nil
        }
        return text
    }

    func int(_ node: Node, _ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let text = scalar(node, key) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            error(.wrongType, node, "'\(key)' should be a whole number, not '\(text)'")
            return nil
        }
        if let range, !range.contains(value) {
            error(.outOfRange, node, "'\(key)' is \(value), outside \(range.lowerBound)–\(range.upperBound)",
                  hint: "write a number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return value
    }

    func double(_ node: Node, _ key: String) -> Double? {
        guard let text = scalar(node, key) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let value = Double(trimmed), value.isFinite else {
            let hint = Double(trimmed.replacingOccurrences(of: ",", with: ".")) != nil
                ? "write decimals with a point: \(trimmed.replacingOccurrences(of: ",", with: "."))" : nil
            error(.wrongType, node, "'\(key)' should be a number, not '\(text)'", hint: hint)
            return nil
        }
        return value
    }

    func bool(_ node: Node, _ key: String) -> Bool? {
        guard let text = scalar(node, key) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            error(.wrongType, node, "'\(key)' should be true or false, not '\(text)'", hint: "write true or false")
            return nil
        }
    }

    func choice<E: RawRepresentable & CaseIterable>(_ node: Node, _ key: String, as type: E.Type) -> E?
    where E.RawValue == String {
        guard let text = scalar(node, key) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        error(.invalidValue, node, "'\(text)' is not a valid \(key)",
              hint: Suggestion.closest(to: text, in: allowed).map { "did you mean '\($0)'? " }.map {
                  $0 + "Allowed: \(allowed.joined(separator: ", "))"
              } ?? "write one of: \(allowed.joined(separator: ", "))")
        return nil
    }

    func day(_ node: Node, _ key: String) -> Day? {
        guard let text = scalar(node, key) else { return nil }
        guard let day = Day(iso: text.trimmingCharacters(in: .whitespaces)) else {
            error(.invalidDate, node, "'\(text)' is not a valid date for '\(key)'", hint: "write the date as YYYY-MM-DD, e.g. 2026-05-12")
            return nil
        }
        return day
    }

    func yearMonth(_ node: Node, _ key: String) -> YearMonth? {
        guard let text = scalar(node, key) else { return nil }
        guard let month = YearMonth(iso: text.trimmingCharacters(in: .whitespaces)) else {
            error(.invalidDate, node, "'\(text)' is not a valid month for '\(key)'", hint: "write the month as YYYY-MM, e.g. 2026-09")
            return nil
        }
        return month
    }

    func time(_ node: Node, _ key: String) -> TimeOfDay? {
        guard let text = scalar(node, key) else { return nil }
        guard let time = TimeOfDay(iso: text) else {
            error(.invalidDate, node, "'\(text)' is not a valid time for '\(key)'", hint: "write the time as HH:MM in quotes, e.g. \"17:00\"")
            return nil
        }
        return time
    }

    func year(_ node: Node, _ key: String) -> Int? { int(node, key, in: 1900...2100) }

    // MARK: Text and lists

    /// A text field: a plain string (the default language) or a map by language.
    func text(_ node: Node, _ key: String) -> LocalizedText? {
        guard case .mapping(let mapping) = node else {
            return string(node, key).map { LocalizedText($0, language: language) }
        }
        var values: [Language: String] = [:]
        var reported = false
        for (keyNode, valueNode) in mapping {
            guard let code = scalar(keyNode, key) else { reported = true; continue }
            guard let language = Language(rawValue: code) else {
                error(.unknownLanguage, keyNode, "'\(code)' is not a language of '\(key)'",
                      hint: "languages are written fi, sv or en, e.g. \(key): {fi: …, sv: …}")
                reported = true
                continue
            }
            if let value = string(valueNode, "\(key).\(code)") { values[language] = value } else if !valueNode.isEmptyValue { reported = true }
        }
        if values.isEmpty && !reported {
            // `title: {}` would otherwise drop the whole entry without a word.
            error(.emptyValue, node, "'\(key)' has no text", hint: "write the text, e.g. \(key): {fi: …, sv: …}")
        }
        return values.isEmpty ? nil : LocalizedText(values)
    }

    /// The items of a list; a single value is read as a list of one.
    func list(_ node: Node, _ key: String) -> [Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .mapping:
            error(.wrongType, node, "'\(key)' should be a list", hint: "write \(key): [a, b] or one '- item' per line")
            return []
        default:
            return scalar(node, key) == nil ? [] : [node]
        }
    }

    func texts(_ node: Node, _ key: String) -> [LocalizedText] {
        list(node, key).compactMap { text($0, key) }
    }

    func strings(_ node: Node, _ key: String) -> [String] {
        list(node, key).compactMap { string($0, key) }
    }

    // MARK: References

    func reference(_ node: Node, _ key: String) -> Reference? {
        guard let text = string(node, key) else { return nil }
        guard Identifier.isValid(text) else {
            error(.invalidID, node, "'\(text)' is not a valid id in '\(key)'",
                  hint: "ids are file names without extension: lowercase a–z, 0–9 and '-', starting with a letter")
            return nil
        }
        return Reference(text, at: location(node))
    }

    func references(_ node: Node, _ key: String) -> [Reference] {
        list(node, key).compactMap { reference($0, key) }
    }

    func party(_ node: Node, _ key: String) -> PartyReference? {
        guard let text = string(node, key) else { return nil }
        guard let party = PartyReference(parsing: text, at: location(node)) else {
            error(.invalidID, node, "'\(text)' is not an organisation reference in '\(key)'",
                  hint: "write an organisation id, 'organisation-id/unit-id' or all-municipalities")
            return nil
        }
        return party
    }

    func parties(_ node: Node, _ key: String) -> [PartyReference] {
        list(node, key).compactMap { party($0, key) }
    }
}

extension Node {
    /// `key:` with nothing after it, or `~` / `null`: treated as not written.
    var isEmptyValue: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
