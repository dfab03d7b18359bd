import PlanModel

/// Alphabetical order as Finnish and Swedish readers expect it: å, ä, ö after z; case ignored.
enum Collation {
    /// A key that sorts with plain string comparison.
    static func key(_ text: String) -> [UInt32] {
        text.lowercased().unicodeScalars.map { scalar in
            switch scalar {
            case "å": return 0x7B  // after z (0x7A)
            case "ä", "æ": return 0x7C
            case "ö", "ø": return 0x7D
            case "ü": return 0x79  // ü sorts as y in Finnish
            case "é", "è", "ê": return 0x65
            case "á", "à", "â": return 0x61
            default: return scalar.value
            }
        }
    }

    /// Sorts by the text in collation order, ties broken by `id` so the order never depends on input order.
    static func sorted<T>(_ items: [T], text: (T) -> String, id: (T) -> String) -> [T] {
        items.map { (key(text($0)), id($0), $0) }
            .sorted { $0.0 != $1.0 ? $0.0.lexicographicallyPrecedes($1.0) : $0.1 < $1.1 }
            .map(\.2)
    }
}
