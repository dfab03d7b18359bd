import Foundation
import HyteBase
import Yams

/// Parsed YAML kept between the rebuilds of a live preview, by text: a save changes one file, and
/// parsing the others again was half of a rebuild's loading. Only texts that parsed without a problem
/// are kept, so every diagnostic is still reported on every run.
public final class YAMLCache: Sendable {
    private let nodes = Locked<[String: Node]>([:])
    /// Past this many texts the cache starts over, so renaming files all day cannot grow it without bound.
    static let limit = 50_000

    public init() {}

    func node(_ text: String) -> Node? {
        nodes.withLock { $0[text] }
    }

    func keep(_ node: Node, for text: String) {
        nodes.withLock { nodes in
            if nodes.count >= Self.limit { nodes.removeAll() }
            nodes[text] = node
        }
    }
}
