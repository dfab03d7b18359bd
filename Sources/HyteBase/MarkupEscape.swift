/// Escapes text for HTML and XML content and attribute values (the same five characters Mustache
/// escapes). One function for pages, charts, feeds and the preview's error page, so they cannot drift.
public enum MarkupEscape {
    public static func escape(_ text: String) -> String {
        // Most values (numbers, colours, ids, plain words) need no escaping: skip the copy.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
