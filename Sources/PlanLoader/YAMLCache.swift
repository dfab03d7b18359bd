import Foundation
import Yams

/// Parsed YAML kept between the rebuilds of a live preview, by text: a save changes one file, and
/// parsing the others again was half of a rebuild's loading. Only texts that parsed without a problem
/// are kept, so every diagnostic is still reported on every run.
public final class YAMLCache: @unchecked Sendable {
    private let lock = NSLock()
    private var nodes: [String: Node] = [:]
    /// Past this many texts the cache starts over, so renaming files all day cannot grow it without bound.
    static let limit = 50_000

    public init() {}

    func node(_ text: String) -> Node? {
        lock.lock()
        defer { lock.unlock() }
        return nodes[text]
    }

    func keep(_ node: Node, for text: String) {
        lock.lock()
        defer { lock.unlock() }
        if nodes.count >= Self.limit { nodes.removeAll() }
        nodes[text] = node
    }
}
