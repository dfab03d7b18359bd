import Foundation
import HyteBase
import Mustache

/// The Mustache templates: the built-in set, with files in the plan's `templates/` folder
/// overriding built-ins of the same name.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary

    public struct Problem: Error, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var column: Int
        public var message: String
        public var description: String { "\(path):\(line):\(column): error: \(message)" }
    }

    /// Every template that does not parse, so a run reports them all at once.
    public struct Problems: Error, CustomStringConvertible {
        public var problems: [Problem]
        public var description: String { problems.map(\.description).joined(separator: "\n") }
    }

    /// `overrides` is the plan's templates folder (it may be missing); `displayPath` names it in messages.
    public init(overrides: URL?, displayPath: String = "templates") throws {
        // Before parsing: a template naming a content type that is not registered does not parse.
        MustacheContentTypes.register(MarkupContentType(), named: MarkupContentType.name)
        var library = MustacheLibrary()
        var problems: [Problem] = []
        let overriding = try Self.files(in: overrides, displayPath: displayPath)
        let builtIn = try Self.builtIn()
        for (name, text, path) in builtIn + overriding {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(Problem(path: path, line: error.context.lineNumber, column: error.context.columnNumber,
                                        message: "template syntax: \(error.error)"))
            }
        }
        if !problems.isEmpty { throw Problems(problems: problems) }
        builtInOnly = overriding.isEmpty
        self.library = library
        unused = Self.unused(overriding, builtIn: Set(builtIn.map(\.0)), library: library)
    }

    /// A plan's templates that no page will use, and partials they include that no template provides:
    /// both render nothing, silently, so the build tells (as warnings: the site is still right).
    /// The `table`, `cell` and `chart` templates were removed when hyte became their only writer.
    public struct Unused: Sendable {
        public enum Kind: Sendable { case template, partial }
        public var kind: Kind
        /// The template's or the partial's name.
        public var name: String
        public var path: String
        public var line: Int
        public var column: Int
    }

    public let unused: [Unused]

    static func unused(_ overriding: [(String, String, String)], builtIn: Set<String>, library: MustacheLibrary) -> [Unused] {
        let partial = try! NSRegularExpression(pattern: #"\{\{>\s*([^\s}]+)\s*\}\}"#)
        var included: Set<String> = []
        var found: [Unused] = []
        for (_, text, path) in overriding {
            for (number, line) in text.components(separatedBy: "\n").enumerated() {
                for match in partial.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                    let name = String(line[Range(match.range(at: 1), in: line)!])
                    included.insert(name)
                    guard library.getTemplate(named: name) == nil else { continue }
                    let column = line[..<Range(match.range, in: line)!.lowerBound].count + 1
                    found.append(Unused(kind: .partial, name: name, path: path, line: number + 1, column: column))
                }
            }
        }
        for (name, _, path) in overriding where !builtIn.contains(name) && !included.contains(name) {
            found.append(Unused(kind: .template, name: name, path: path, line: 1, column: 1))
        }
        return found
    }

    /// True when the plan overrides no template: every page is hyte's own markup.
    public let builtInOnly: Bool

    /// Every page is written by its template, whether built in or the plan's own: an override changes
    /// what it overrides and nothing else.
    func render(_ view: some Encodable, _ name: String) throws -> String {
        let fragments = Fragments(shared: renderShared)
        guard let html = library.render(try TemplateEncoder().encode(view, fragments: fragments), withTemplate: name) else {
            throw RenderError.template("no template '\(name)'")
        }
        return fragments.fill(html)
    }

    /// Shared markup already written in this build, by template and view.
    private let shared = Locked<[SharedKey: String]>([:])

    /// How many shared fragments this template set has written (each distinct view once).
    var sharedCount: Int { shared.withLock { $0.count } }

    private func renderShared(_ fragment: SharedFragment) throws -> String {
        let key = SharedKey(template: fragment.template, view: AnyHashable(fragment.view))
        if let known = shared.withLock({ $0[key] }) { return known }
        // Rendered outside the lock: two pages may both write it once, with the same bytes.
        guard let html = library.render(try TemplateEncoder().encode(fragment.view), withTemplate: fragment.template) else {
            throw RenderError.template("no template '\(fragment.template)'")
        }
        shared.withLock { $0[key] = html }
        return html
    }

    static func builtIn() throws -> [(String, String, String)] {
        guard let url = Bundle.module.url(forResource: "templates", withExtension: nil, subdirectory: "Resources") else {
            throw RenderError.resource("templates")
        }
        return try files(in: url, displayPath: "built-in templates")
    }

    static func files(in folder: URL?, displayPath: String) throws -> [(String, String, String)] {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return try names.sorted().filter { $0.hasSuffix(".mustache") }.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return (String(name.dropLast(".mustache".count)), text, "\(displayPath)/\(name)")
        }
    }
}

/// A shared fragment's template and view. The views are `Sendable` values; `AnyHashable` only
/// forgets that.
private struct SharedKey: Hashable, @unchecked Sendable {
    var template: String
    var view: AnyHashable
}

/// HTML escaping as Mustache's own (the same five characters, the same entities), through `MarkupEscape`:
/// Mustache's looks every character up in a dictionary, a fifth of the time it spent on a page. The
/// built-in templates choose it with `{{%CONTENT_TYPE:MARKUP}}` on their first line; a template without
/// that line escapes the same way, only slower.
struct MarkupContentType: MustacheContentType {
    static let name = "MARKUP"
    func escapeText(_ text: String) -> String { MarkupEscape.escape(text) }
}
