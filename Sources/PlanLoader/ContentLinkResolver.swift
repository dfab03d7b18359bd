import Foundation
import Markdown
import PlanModel

/// Finds the content file a Markdown link such as `../goals/x.md` names, relative to the folder of
/// the file that links (as GitHub reads it), and reports a link to a file that does not exist at
/// its line. Most bodies have no such link: a link is looked at only when it ends in `.md` or `.yaml`.
struct ContentLinkResolver {
    let sink: DiagnosticSink
    let defaultLanguage: Language
    /// File names per folder (`x.md`, `x.sv.md`, `y.yaml`), including files that had errors of their own.
    let fileNames: [String: Set<String>]
    /// The Markdown bodies by folder and id, made when a fragment first needs the headings of one.
    private let makeBodies: () -> [String: [String: LocalizedMarkdown]]
    private var bodies: [String: [String: LocalizedMarkdown]]?
    private var headingCache: [MarkdownSource: [Heading]] = [:]

    static let markdownKinds: [String: EntityKind] = [
        "focus-areas": .focusArea, "goals": .goal, "measures": .measure, "interfaces": .interface, "reports": .report, "pages": .page,
    ]
    /// nil: the calendar files, which share one page.
    static let yamlKinds: [String: EntityKind?] = ["organizations": .organization, "indicators": .indicator, "bodies": .body, "calendar": nil]

    init(sink: DiagnosticSink, defaultLanguage: Language, fileNames: [String: Set<String>],
         bodies: @escaping () -> [String: [String: LocalizedMarkdown]]) {
        self.sink = sink
        self.defaultLanguage = defaultLanguage
        self.fileNames = fileNames
        makeBodies = bodies
    }

    /// A link written in a file of `folder`, taken apart: the content file it names and the fragment.
    struct Path: Equatable {
        var folder: String
        /// The rest of the path below the folder: a file name, unless the link goes into a sub-folder.
        var name: String
        var fragment: String?
    }

    /// The content file a link names; nil for every other link (an address with a scheme, a path from
    /// the site root, a file that is not `.md` or `.yaml`, anything outside the kind folders).
    static func path(_ url: String, from folder: String) -> Path? {
        let hash = url.firstIndex(of: "#")
        var path = url[..<(hash ?? url.endIndex)]
        if let query = path.firstIndex(of: "?") { path = path[..<query] }
        guard path.hasSuffix(".md") || path.hasSuffix(".yaml"), !path.hasPrefix("/"),
              !path.prefix(while: { $0 != "/" }).contains(":") else { return nil }
        let decoded = String(path).removingPercentEncoding ?? String(path)
        var segments = [folder]
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }  // out of content/
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        guard segments.count >= 2, markdownKinds[segments[0]] != nil || yamlKinds[segments[0]] != nil else { return nil }
        return Path(folder: segments[0], name: segments.dropFirst().joined(separator: "/"),
                    fragment: hash.map { String(url[url.index(after: $0)...]) })
    }

    /// Fills `contentLinks` of every body of the entities.
    mutating func resolve<T>(_ entities: inout [T], body: WritableKeyPath<T, LocalizedMarkdown>) {
        for i in entities.indices {
            for language in entities[i][keyPath: body].sources.keys.sorted() where !entities[i][keyPath: body].sources[language]!.links.isEmpty {
                resolve(&entities[i][keyPath: body].sources[language]!)
            }
        }
    }

    mutating func resolve(_ source: inout MarkdownSource) {
        // Files sit directly in their kind folder: the folder is the path's last but one part.
        let parts = source.path.split(separator: "/")
        guard parts.count >= 2 else { return }
        let folder = String(parts[parts.count - 2])
        for link in source.links where source.contentLinks[link.id] == nil {
            guard let path = Self.path(link.id, from: folder) else { continue }
            if let resolved = resolve(path, link) { source.contentLinks[link.id] = resolved }
        }
    }

    private mutating func resolve(_ path: Path, _ link: Reference) -> ContentLink? {
        let parts = path.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.name.contains("/"), fileNames[path.folder]?.contains(path.name) == true else {
            missing(path, link)
            return nil
        }
        let id = parts[0]
        let language = parts.count == 3 ? Language(rawValue: parts[1]) : nil
        guard let kind = Self.markdownKinds[path.folder] else {
            let target: ContentLink.Target = Self.yamlKinds[path.folder]!.map { .entity($0, id) } ?? .calendar
            return ContentLink(target: target, language: nil, fragment: path.fragment)
        }
        var content = ContentLink(target: .entity(kind, id), language: language, fragment: path.fragment)
        guard let fragment = path.fragment, !fragment.isEmpty else { return content }
        // The target had errors of its own (reported there): its headings are unknown.
        guard let body = body(path.folder, id), let linked = body.sources[language ?? defaultLanguage] else { return content }
        let linkedHeadings = headings(linked)
        let wanted = (fragment.removingPercentEncoding ?? fragment).lowercased()
        let slugs = GitHubSlug.slugs(linkedHeadings.map(\.text))
        guard let index = slugs.firstIndex(of: wanted) ?? linkedHeadings.firstIndex(where: { $0.id == wanted }) else {
            let hint = Suggestion.closest(to: wanted, in: slugs).map { "did you mean '#\($0)'?" }
                ?? (slugs.isEmpty ? "\(path.folder)/\(path.name) has no headings; link it without '#\(fragment)'"
                                  : "write one of: " + slugs.prefix(12).map { "#\($0)" }.joined(separator: ", "))
            sink.error(.unknownHeading, link.location, "the link '\(link.id)' names no heading '#\(fragment)' of \(path.folder)/\(path.name)", hint: hint)
            return nil
        }
        // Each language's page shows its own body: the heading at the same place in it.
        for (bodyLanguage, source) in body.sources {
            let own = headings(source)
            content.anchors[bodyLanguage] = index < own.count ? own[index].id : ""
        }
        return content
    }

    private func missing(_ path: Path, _ link: Reference) {
        let written = link.id.prefix { $0 != "#" && $0 != "?" }
        let directory = written.lastIndex(of: "/").map { String(written[...$0]) } ?? ""
        let names = fileNames[path.folder] ?? []
        let last = String(path.name.split(separator: "/").last ?? "")
        let hint: String
        if path.name.contains("/") {
            hint = "files sit directly in \(path.folder)/, e.g. \(path.folder)/\(last)"
        } else if let best = Suggestion.closest(to: last, in: names) ?? Suggestion.nearest(to: last, in: names) {
            hint = "did you mean '\(directory)\(best)\(path.fragment.map { "#" + $0 } ?? "")'?"
        } else {
            hint = "add \(path.folder)/\(last), or link a page that exists"
        }
        sink.error(.missingLinkedFile, link.location, "the link '\(link.id)' leads to \(path.folder)/\(path.name), which does not exist", hint: hint)
    }

    private mutating func body(_ folder: String, _ id: String) -> LocalizedMarkdown? {
        if bodies == nil { bodies = makeBodies() }
        return bodies?[folder]?[id]
    }

    private mutating func headings(_ source: MarkdownSource) -> [Heading] {
        if let known = headingCache[source] { return known }
        let found = MarkdownDocument(source.text).headings()
        headingCache[source] = found
        return found
    }
}
