import Foundation

/// What a request path names in the in-memory site. Pure, so the mapping (and every way of trying to
/// climb out of the site) is tested without a server.
public enum SitePath: Equatable, Sendable {
    /// An output-relative file ("tavoitteet/x/index.html").
    case file(String)
    /// A folder asked for without its slash: the browser is sent to `location` so relative links resolve.
    case redirect(String)
    /// Nothing there; `page` is the site's own 404 page to show, if it has one.
    case notFound(page: String?)
    /// A path that is not a plain path inside the site (`..`, encoded slashes, control characters).
    case invalid

    /// Maps a request's raw (still percent-encoded) path, query removed: `/x/` → `x/index.html`,
    /// `/x` → redirect to `/x/` when `x/index.html` exists, anything else exactly. `exists` tells
    /// whether the site has an output-relative path.
    public static func resolve(_ rawPath: String, exists: (String) -> Bool) -> SitePath {
        guard rawPath.hasPrefix("/") else { return .invalid }
        var raw = rawPath.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let folder = raw.last == ""
        if folder { raw.removeLast() }
        var segments: [String] = []
        for part in raw {
            // Decoded one segment at a time, so "%2F" cannot join two segments and "%2E%2E" is still "..".
            guard let segment = part.removingPercentEncoding, isPlain(segment) else { return .invalid }
            segments.append(segment)
        }
        let joined = segments.joined(separator: "/")
        if folder {
            let index = joined.isEmpty ? "index.html" : joined + "/index.html"
            return exists(index) ? .file(index) : .notFound(page: notFoundPage(in: segments, exists: exists))
        }
        if exists(joined) { return .file(joined) }
        if exists(joined + "/index.html") { return .redirect("/" + segments.map(encode).joined(separator: "/") + "/") }
        return .notFound(page: notFoundPage(in: segments.dropLast(), exists: exists))
    }

    /// A segment that names one entry of one folder and nothing else.
    static func isPlain(_ segment: String) -> Bool {
        !segment.isEmpty && segment != "." && segment != ".."
            && !segment.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.properties.generalCategory == .control }
    }

    /// A language's own 404 page (`sv/404.html` for anything under `/sv/`), else the site's.
    static func notFoundPage(in folders: some Collection<String>, exists: (String) -> Bool) -> String? {
        if let language = folders.first, exists(language + "/404.html") { return language + "/404.html" }
        return exists("404.html") ? "404.html" : nil
    }

    private static func encode(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#;"))) ?? segment
    }
}
