import Foundation

/// Which link targets written in content may become links.
public enum URLPolicy {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    /// True for relative URLs and for http(s), mailto and tel; false for javascript:, data: and the like.
    public static func isSafe(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
        let compact = String(trimmed.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init))
        guard let colon = compact.firstIndex(of: ":") else { return true }
        let scheme = compact[..<colon]
        // A colon after a slash, '?' or '#' is part of a path, not a scheme.
        if scheme.contains(where: { "/?#".contains($0) }) { return true }
        return allowedSchemes.contains(String(scheme))
    }
}
