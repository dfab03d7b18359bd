import PlanModel
import Yams

/// A YAML mapping with a fixed set of keys: unknown keys are reported with a "did you mean" hint,
/// missing required keys at the mapping itself.
struct Mapping {
    let node: Node
    let context: FileContext
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    /// nil (with an error) when `node` is not a mapping. `what` names it in messages.
    init?(_ node: Node?, _ context: FileContext, what: String, allowed: [String], required: [String] = []) {
        self.context = context
        guard let node, case .mapping(let mapping) = node else {
            if let node, !node.isEmptyValue {
                context.error(.wrongType, node, "\(what) should be a mapping of 'key: value' lines")
            } else {
                let keys = required.isEmpty ? "" : ": \(required.joined(separator: ", "))"
                context.sink.error(.emptyValue, context.location(node), "\(what) is empty", hint: required.isEmpty ? nil : "write at least the keys\(keys)")
            }
            return nil
        }
        self.node = node
        pairs = mapping.compactMap { key, value in
            guard let name = key.scalar?.string else {
                context.error(.unknownKey, key, "a key in \(what) should be a plain word")
                return nil
            }
            return (name, key, value)
        }
        for pair in pairs where !allowed.contains(pair.key) {
            context.error(.unknownKey, pair.keyNode, "unknown key '\(pair.key)' in \(what)",
                          hint: Suggestion.hint(for: pair.key, in: allowed))
        }
        for key in required where self[key] == nil {
            context.error(.missingKey, node, "missing required key '\(key)' in \(what)", hint: "add '\(key): …'")
        }
    }

    /// The value of a known key; nil when absent or written empty.
    subscript(key: String) -> Node? {
        guard let value = pairs.first(where: { $0.key == key })?.value else { return nil }
        if value.isEmptyValue { return nil }
        return value
    }

    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    var location: SourceLocation { context.location(node) }

    // Shorthands reading a key's value.
    func string(_ key: String) -> String? { self[key].flatMap { context.string($0, key) } }
    func text(_ key: String) -> LocalizedText? { self[key].flatMap { context.text($0, key) } }
    func int(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? { self[key].flatMap { context.int($0, key, in: range) } }
    func double(_ key: String) -> Double? { self[key].flatMap { context.double($0, key) } }
    func bool(_ key: String) -> Bool? { self[key].flatMap { context.bool($0, key) } }
    func day(_ key: String) -> Day? { self[key].flatMap { context.day($0, key) } }
    func yearMonth(_ key: String) -> YearMonth? { self[key].flatMap { context.yearMonth($0, key) } }
    func year(_ key: String) -> Int? { self[key].flatMap { context.year($0, key) } }
    func choice<E: RawRepresentable & CaseIterable>(_ key: String, as type: E.Type) -> E? where E.RawValue == String {
        self[key].flatMap { context.choice($0, key, as: type) }
    }
    func reference(_ key: String) -> Reference? { self[key].flatMap { context.reference($0, key) } }
    func references(_ key: String) -> [Reference] { self[key].map { context.references($0, key) } ?? [] }
    func party(_ key: String) -> PartyReference? { self[key].flatMap { context.party($0, key) } }
    func parties(_ key: String) -> [PartyReference] { self[key].map { context.parties($0, key) } ?? [] }
    func texts(_ key: String) -> [LocalizedText] { self[key].map { context.texts($0, key) } ?? [] }
    func strings(_ key: String) -> [String] { self[key].map { context.strings($0, key) } ?? [] }
    func list(_ key: String) -> [Node] { self[key].map { context.list($0, key) } ?? [] }
}
