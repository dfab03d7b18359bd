/// The anchors GitHub gives a Markdown file's headings, which authors copy into links
/// (`tietoa.md#yhteystiedot`): lowercase, letters, digits, `-` and `_` kept, spaces become `-`,
/// everything else dropped; a repeated anchor gets `-1`, `-2` ….
enum GitHubSlug {
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character == " " {
                slug.append("-")
            } else if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            }
        }
        return slug
    }

    /// The anchors of headings in document order.
    static func slugs(_ texts: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return texts.map { text in
            let base = slug(text)
            defer { seen[base, default: 0] += 1 }
            guard let count = seen[base] else { return base }
            return "\(base)-\(count)"
        }
    }
}
