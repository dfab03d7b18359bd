import Foundation
import HyteBase
import Inspect
import PlanModel

/// Checks every internal link of the generated pages against the files and ids the build writes.
struct LinkChecker {
    /// Output-relative paths of every file written.
    let files: Set<String>

    struct Broken: Sendable, CustomStringConvertible {
        var page: String
        var link: String
        var description: String { "\(page): link to missing \(link)" }
    }

    /// `pages` are output-relative HTML paths with what libxml2 read of them.
    /// `linksOf` limits the pages whose links are followed (all when nil); every page's ids count.
    func check(_ pages: [(path: String, inspector: HTMLInspector)], linksOf: Set<String>? = nil) -> [Broken] {
        var idsByPage: [String: Set<String>] = [:]
        var linksByPage: [(String, [String])] = []
        for (path, inspector) in pages {
            idsByPage[path] = inspector.ids
            if linksOf?.contains(path) ?? true { linksByPage.append((path, inspector.links)) }
        }
        // In slices on all cores, each with its own memory of resolved links; the order stays the pages'.
        let slices = Swift.max(1, Swift.min(linksByPage.count / 64, ProcessInfo.processInfo.activeProcessorCount * 4))
        let size = (linksByPage.count + slices - 1) / Swift.max(slices, 1)
        let (ids, all) = (idsByPage, linksByPage)
        let parts = Parallel.map(slices) { i in
            check(all[Swift.min(i * size, all.count)..<Swift.min((i + 1) * size, all.count)], ids: ids)
        }
        return parts.flatMap { $0 }
    }

    private func check(_ linksByPage: ArraySlice<(String, [String])>, ids idsByPage: [String: Set<String>]) -> [Broken] {
        var broken: [Broken] = []
        // Pages link the same places over and over: a link that climbs out of a page's folders resolves
        // the same from every page below the folder it reaches, so each is resolved once.
        var resolved: [String: String?] = [:]
        for (page, links) in linksByPage {
            let folders = page.split(separator: "/").dropLast()
            for link in links where Self.isInternal(link) {
                let (path, fragment) = Self.split(link)
                var target: String? = page
                if !path.isEmpty {
                    var rest = Substring(path)
                    var base = path.hasPrefix("/") ? [] : folders
                    if !path.hasPrefix("/") {
                        while rest.hasPrefix("../"), !base.isEmpty {
                            base.removeLast()
                            rest = rest.dropFirst(3)
                        }
                    }
                    let key = base.joined(separator: "/") + "\u{0}" + rest
                    if let known = resolved[key] {
                        target = known
                    } else {
                        target = resolve(path, from: page)
                        resolved[key] = target
                    }
                }
                guard let target, files.contains(target) else {
                    broken.append(Broken(page: page, link: link))
                    continue
                }
                if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), idsByPage[target]?.contains(fragment) != true {
                    broken.append(Broken(page: page, link: link))
                }
            }
        }
        return broken
    }

    // Links are looked at by UTF-8 byte: a page has hundreds, and walking them by Character was a
    // tenth of the link check.
    static func isInternal(_ link: String) -> Bool {
        let bytes = link.utf8
        guard let first = bytes.first else { return true }
        if first == UInt8(ascii: "/") { return !link.hasPrefix("//") }
        return first == UInt8(ascii: ".") || !bytes.contains(UInt8(ascii: ":"))
    }

    /// The path (query left out) and the fragment of a link.
    static func split(_ link: String) -> (String, String?) {
        let bytes = link.utf8
        let hash = bytes.firstIndex(of: UInt8(ascii: "#"))
        let beforeHash = bytes[..<(hash ?? bytes.endIndex)]
        let pathEnd = beforeHash.firstIndex(of: UInt8(ascii: "?")) ?? beforeHash.endIndex
        let path = String(link[..<pathEnd])
        guard let hash else { return (path, nil) }
        return (path, String(link[link.utf8.index(after: hash)...]))
    }

    /// The output file a relative or root-absolute link from `page` names, or nil when it leaves the site.
    func resolve(_ link: String, from page: String) -> String? {
        var parts = link.hasPrefix("/") ? [] : page.split(separator: "/").dropLast().map(String.init)
        for segment in link.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if parts.isEmpty { return nil } else { parts.removeLast() }
            default: parts.append(String(segment))
            }
        }
        let joined = parts.joined(separator: "/")
        if link.hasSuffix("/") || joined.isEmpty { return joined.isEmpty ? "index.html" : joined + "/index.html" }
        if files.contains(joined) { return joined }
        return files.contains(joined + "/index.html") ? joined + "/index.html" : joined
    }

    /// A link written in Markdown is reported where it is written; any other is hyte's own.
    static func diagnostics(_ broken: [Broken], plan: Plan, outputPath: String) -> [Diagnostic] {
        let markdownLinks = markdownLocations(plan)
        return Array(Set(broken.flatMap { broken -> [Diagnostic] in
            if let places = markdownLinks[broken.link] {
                return places.map { .error(.brokenLink, $0, "the link '\(broken.link)' leads to no page or file of the site",
                                          hint: "link to a page as it appears in the site, e.g. ../../tavoitteet/<id>/, or to a file in assets/") }
            }
            return [.error(.brokenLink, SourceLocation(path: "\(outputPath)/\(broken.page)", line: 1, column: 1),
                           "link to a page or file the build does not write: \(broken.link)")]
        })).sorted()
    }

    /// Where each link target is written in the plan's Markdown.
    static func markdownLocations(_ plan: Plan) -> [String: [SourceLocation]] {
        var locations: [String: [SourceLocation]] = [:]
        for source in plan.markdownSources {
            for link in source.links { locations[link.id, default: []].append(link.location) }
        }
        return locations
    }
}
