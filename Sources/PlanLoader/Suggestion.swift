/// "Did you mean" hints: the closest known word by edit distance.
enum Suggestion {
    /// The closest candidate, when it is close enough to be a likely typo.
    static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
                best = (candidate, distance)
            }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(2, max(word.count, candidate.count) / 2)
        // A prefix ("lapset" for "lapset-ja-nuoret") is a likely slip too.
        let isPrefix = candidate.hasPrefix(word) || word.hasPrefix(candidate)
        return distance <= limit || (isPrefix && word.count >= 3) ? candidate : nil
    }

    /// The closest candidate however far, for references where naming the nearest id always helps.
    static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        return candidates.min { a, b in
            let da = editDistance(target, Array(a.lowercased().unicodeScalars))
            let db = editDistance(target, Array(b.lowercased().unicodeScalars))
            return (da, a) < (db, b)
        }
    }

    /// A hint naming the closest candidate, or listing the allowed values when there are few.
    static func hint(for word: String, in candidates: [String], listing: Bool = true) -> String? {
        if let best = closest(to: word, in: candidates) { return "did you mean '\(best)'?" }
        guard listing, !candidates.isEmpty else { return nil }
        if candidates.count <= 12 { return "write one of: \(candidates.joined(separator: ", "))" }
        return nil
    }

    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
