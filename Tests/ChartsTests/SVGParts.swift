/// Small readers of SVG text shared by the chart tests.

/// Elements of one kind (`<path`, `<text`…) whose opening tag contains `marker`.
func tags(_ svg: String, _ element: String, containing marker: String = "") -> [String] {
    svg.components(separatedBy: "<\(element) ").dropFirst().compactMap { rest in
        guard let end = rest.firstIndex(of: ">") else { return nil }
        let tag = String(rest[..<end])
        return marker.isEmpty || tag.contains(marker) ? tag : nil
    }
}

/// The value of `name="…"` in a tag.
func attribute(_ tag: String, _ name: String) -> String? {
    let tag = " " + tag
    guard let start = tag.range(of: " \(name)=\"") else { return nil }
    let rest = tag[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
}

/// `#require` for use inside another expectation (macros cannot nest).
func need<T>(_ value: T?) throws -> T {
    guard let value else { throw Missing() }
    return value
}

func occurrences(_ needle: String, in haystack: String) -> Int {
    haystack.components(separatedBy: needle).count - 1
}

struct Missing: Error {}
