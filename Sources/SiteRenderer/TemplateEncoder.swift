import Foundation
import Mustache

/// Turns an `Encodable` view into the values Mustache reads without reflection: `[String: Any]` for
/// structs, `[Any]` for arrays, `TemplateText` for strings, and `Int`, `Double` or `Bool` for the rest. What a template
/// can see of a view is then what its `Encodable` conformance says (synthesized, so the compiler keeps
/// it in step with the struct), as a `Serialize` implementation does for a Zola page.
///
/// A nil is absent: a missing key in a dictionary (so `{{#key}}` is false, as for a nil optional
/// before), and left out of an array. No JSON is made on the way; every container writes the finished
/// values straight into the dictionary or array it returns.
public struct TemplateEncoder {
    public init() {}

    /// The template data of `value`; a value that encodes nothing at all becomes an empty dictionary.
    public func encode<T: Encodable>(_ value: T) throws -> Any {
        try Self.data(value, nil) ?? [String: Any]()
    }

    /// The template data of a page's view, with its fragments (charts, tables) as placeholders kept in
    /// `fragments` (see `Fragments`).
    func encode<T: Encodable>(_ value: T, fragments: Fragments) throws -> Any {
        try Self.data(value, fragments) ?? [String: Any]()
    }

    /// One value, encoded completely before its parent stores it, so no container holds a reference
    /// that would have to be resolved afterwards.
    static func data<T: Encodable>(_ value: T, _ fragments: Fragments?) throws -> Any? {
        // Metatype comparisons, not casts: most values are views, which would fail every cast in turn.
        if T.self == String.self { return TemplateText(value as! String) }
        if T.self == Int.self { return value as! Int }
        if T.self == Bool.self { return value as! Bool }
        if T.self == Double.self { return value as! Double }
        // The UI strings, on every page: already what a template reads.
        if T.self == [String: String].self { return value as! [String: String] }
        if T.self == SharedFragment.self {
            guard let fragments, let render = fragments.shared else { return nil }
            return TemplateText(fragments.placeholder(try render(value as! SharedFragment)))
        }
        if T.self == Fragment.self {
            let html = (value as! Fragment).html
            return TemplateText(fragments?.placeholder(html) ?? html)
        }
        let encoder = Storage(fragments)
        try value.encode(to: encoder)
        return encoder.result
    }
}

// MARK: The Encoder the views write into

/// One level of encoding: the single value, dictionary or array a value wrote.
private final class Storage: Encoder {
    let fragments: Fragments?
    init(_ fragments: Fragments?) { self.fragments = fragments }

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private enum Written {
        case nothing
        case value(Any?)
        case keyed(Keyed)
        case unkeyed(Unkeyed)
    }

    private var written = Written.nothing

    var result: Any? {
        switch written {
        case .nothing: return nil
        case .value(let value): return value
        case .keyed(let keyed): return keyed.dictionary
        case .unkeyed(let unkeyed): return unkeyed.array
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // A class and its superclass may each ask for the container: they share it.
        if case .keyed(let keyed) = written { return KeyedEncodingContainer(KeyedContainer<Key>(keyed)) }
        let keyed = Keyed(fragments)
        written = .keyed(keyed)
        return KeyedEncodingContainer(KeyedContainer<Key>(keyed))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed(let unkeyed) = written { return UnkeyedContainer(unkeyed) }
        let unkeyed = Unkeyed(fragments)
        written = .unkeyed(unkeyed)
        return UnkeyedContainer(unkeyed)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValue(self) }

    fileprivate func set(_ value: Any?) { written = .value(value) }
}

/// A dictionary being written. Nested containers (rare: synthesized code asks for none) are kept aside
/// and put in when the dictionary is read.
private final class Keyed {
    let fragments: Fragments?
    var values: [String: Any] = [:]
    var nested: [(String, Storage)] = []

    var dictionary: [String: Any] {
        guard !nested.isEmpty else { return values }
        var values = values
        for (key, storage) in nested { values[key] = storage.result }
        return values
    }

    init(_ fragments: Fragments?) {
        self.fragments = fragments
        values.reserveCapacity(8)
    }
}

private final class Unkeyed {
    let fragments: Fragments?
    var values: [Any] = []
    var nested: [(Int, Storage)] = []

    init(_ fragments: Fragments?) { self.fragments = fragments }

    var array: [Any] {
        guard !nested.isEmpty else { return values }
        var values = values
        // Front to back: each index counts the nested values before it. One that wrote nothing is left out.
        var missing = 0
        for (index, storage) in nested {
            if let value = storage.result { values.insert(value, at: index - missing) } else { missing += 1 }
        }
        return values
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let keyed: Keyed
    init(_ keyed: Keyed) { self.keyed = keyed }

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { keyed.values[key.stringValue] = nil }
    mutating func encode(_ value: Bool, forKey key: Key) throws { keyed.values[key.stringValue] = value }
    mutating func encode(_ value: String, forKey key: Key) throws { keyed.values[key.stringValue] = TemplateText(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { keyed.values[key.stringValue] = value }
    mutating func encode(_ value: Float, forKey key: Key) throws { keyed.values[key.stringValue] = Double(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { keyed.values[key.stringValue] = value }
    mutating func encode(_ value: Int8, forKey key: Key) throws { keyed.values[key.stringValue] = integer(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { keyed.values[key.stringValue] = integer(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { keyed.values[key.stringValue] = integer(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { keyed.values[key.stringValue] = integer(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { keyed.values[key.stringValue] = integer(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { keyed.values[key.stringValue] = integer(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { keyed.values[key.stringValue] = integer(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { keyed.values[key.stringValue] = integer(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { keyed.values[key.stringValue] = integer(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        keyed.values[key.stringValue] = try TemplateEncoder.data(value, keyed.fragments)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        let storage = Storage(keyed.fragments)
        keyed.nested.append((key.stringValue, storage))
        return storage.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let storage = Storage(keyed.fragments)
        keyed.nested.append((key.stringValue, storage))
        return storage.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let storage = Storage(keyed.fragments)
        keyed.nested.append((key.stringValue, storage))
        return storage
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let unkeyed: Unkeyed
    init(_ unkeyed: Unkeyed) { self.unkeyed = unkeyed }

    var codingPath: [any CodingKey] { [] }
    var count: Int { unkeyed.values.count + unkeyed.nested.count }

    mutating func encodeNil() throws {}
    mutating func encode(_ value: Bool) throws { unkeyed.values.append(value) }
    mutating func encode(_ value: String) throws { unkeyed.values.append(TemplateText(value)) }
    mutating func encode(_ value: Double) throws { unkeyed.values.append(value) }
    mutating func encode(_ value: Float) throws { unkeyed.values.append(Double(value)) }
    mutating func encode(_ value: Int) throws { unkeyed.values.append(value) }
    mutating func encode(_ value: Int8) throws { unkeyed.values.append(integer(value)) }
    mutating func encode(_ value: Int16) throws { unkeyed.values.append(integer(value)) }
    mutating func encode(_ value: Int32) throws { unkeyed.values.append(integer(value)) }
    mutating func encode(_ value: Int64) throws { unkeyed.values.append(integer(value)) }
    mutating func encode(_ value: UInt) throws { unkeyed.values.append(integer(value)) }
    mutating func encode(_ value: UInt8) throws { unkeyed.values.append(integer(value)) }
    mutating func encode(_ value: UInt16) throws { unkeyed.values.append(integer(value)) }
    mutating func encode(_ value: UInt32) throws { unkeyed.values.append(integer(value)) }
    mutating func encode(_ value: UInt64) throws { unkeyed.values.append(integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        if let data = try TemplateEncoder.data(value, unkeyed.fragments) { unkeyed.values.append(data) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        nested().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { nested().unkeyedContainer() }

    mutating func superEncoder() -> any Encoder { nested() }

    private func nested() -> Storage {
        let storage = Storage(unkeyed.fragments)
        unkeyed.nested.append((unkeyed.values.count + unkeyed.nested.count, storage))
        return storage
    }
}

private struct SingleValue: SingleValueEncodingContainer {
    let storage: Storage
    init(_ storage: Storage) { self.storage = storage }

    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { storage.set(nil) }
    mutating func encode(_ value: Bool) throws { storage.set(value) }
    mutating func encode(_ value: String) throws { storage.set(TemplateText(value)) }
    mutating func encode(_ value: Double) throws { storage.set(value) }
    mutating func encode(_ value: Float) throws { storage.set(Double(value)) }
    mutating func encode(_ value: Int) throws { storage.set(value) }
    mutating func encode(_ value: Int8) throws { storage.set(integer(value)) }
    mutating func encode(_ value: Int16) throws { storage.set(integer(value)) }
    mutating func encode(_ value: Int32) throws { storage.set(integer(value)) }
    mutating func encode(_ value: Int64) throws { storage.set(integer(value)) }
    mutating func encode(_ value: UInt) throws { storage.set(integer(value)) }
    mutating func encode(_ value: UInt8) throws { storage.set(integer(value)) }
    mutating func encode(_ value: UInt16) throws { storage.set(integer(value)) }
    mutating func encode(_ value: UInt32) throws { storage.set(integer(value)) }
    mutating func encode(_ value: UInt64) throws { storage.set(integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { storage.set(try TemplateEncoder.data(value, storage.fragments)) }
}

/// Every integer as `Int`, the one integer type templates see; one too large for it as a `Double`.
private func integer<I: BinaryInteger>(_ value: I) -> Any { Int(exactly: value) ?? Double(value) }

/// A string as templates read it. Renders, tests and transforms as the `String` it holds; the
/// difference is inside its own section (`{{#lead}}…{{leadLang}}…{{/lead}}`): Mustache looks a name
/// up in every object on its stack, and in a `String` it does so by reflection, going through the
/// string's characters, for each name, on every page. A `TemplateText` answers "no such name" at
/// once, and renders without the casts that writing an arbitrary value takes.
public struct TemplateText: MustacheParent, MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible {
    public let string: String

    public init(_ string: String) { self.string = string }

    public func child(named: String) -> Any? { nil }
    public var renderText: String { string }
    public var isNull: Bool { false }
    public func transform(_ name: String) -> Any? { string.transform(name) }
    public var description: String { string }
}
