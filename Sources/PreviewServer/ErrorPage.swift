import Foundation
import HyteBase
import Mustache
import PlanModel
import SiteRenderer

/// The page shown instead of every HTML page while the content has errors: each error with its place,
/// the line it is on and a caret under the column. A pure function of the diagnostics and a file reader;
/// the markup is the `error` template's, which escapes all text, since the content (and so each message
/// and line) may hold anything.
public enum ErrorPage {
    /// Lines longer than this are cut around the column, so one huge line cannot make a huge page.
    static let lineLimit = 400

    /// What the `error` template shows; the Finnish words are the template's.
    struct View: Encodable {
        var count: Int
        var one: Bool
        var errors: [Entry]
        /// Markup of hyte's own, placed unescaped.
        var script: String
    }

    struct Entry: Encodable {
        /// Nil for a problem of the run (a tool that failed), which has no file to show.
        var place: Place? = nil
        var message: String
        var excerpt: Excerpt? = nil
        var hint: String?
    }

    struct Place: Encodable {
        var path: String
        var line: Int
        var column: Int
    }

    struct Excerpt: Encodable {
        var shown: String
        /// The blanks before the caret.
        var caret: String
    }

    /// The page's template, a resource of this module: the preview's own page, not one a plan can override.
    static let template: MustacheTemplate? = Bundle.module.url(forResource: "error", withExtension: "mustache", subdirectory: "Resources")
        .flatMap { try? String(contentsOf: $0, encoding: .utf8) }.flatMap { try? MustacheTemplate(string: $0) }

    /// `source` returns a file's text by the path a diagnostic names; `script` is added before `</body>`.
    public static func render(_ errors: [Diagnostic], script: String, source: (String) -> String?) -> String {
        var files: [String: [Substring]?] = [:]
        func line(_ location: SourceLocation) -> Substring? {
            if files[location.path] == nil {
                files[location.path] = .some(source(location.path).map { $0.split(separator: "\n", omittingEmptySubsequences: false) })
            }
            guard let lines = files[location.path] ?? nil, location.line >= 1, location.line <= lines.count else { return nil }
            let text = lines[location.line - 1]
            return text.last == "\r" ? text.dropLast() : text
        }
        var entries: [Entry] = []
        for error in errors {
            var entry = Entry(message: error.message, hint: error.hint)
            if let place = error.location {
                entry.place = Place(path: place.path, line: place.line, column: place.column)
                if let text = line(place) {
                    let (shown, caret) = excerpt(text, column: place.column)
                    entry.excerpt = Excerpt(shown: shown, caret: caret)
                }
            }
            entries.append(entry)
        }
        let view = View(count: errors.count, one: errors.count == 1, errors: entries, script: script)
        guard let template, let data = try? TemplateEncoder().encode(view) else {
            // Only a build of hyte without its resources gets here; the errors are still worth showing.
            return errors.map { MarkupEscape.escape($0.description) }.joined(separator: "\n") + "\n" + script
        }
        return template.render(data)
    }

    /// The line (cut to `lineLimit` characters around the column) and the blanks that put a caret under
    /// the column; columns count characters, as the loader's do. Tabs stay tabs so the caret lines up.
    static func excerpt(_ line: Substring, column: Int) -> (line: String, caret: String) {
        let scalars = Array(line.unicodeScalars)
        var start = 0
        let at = max(0, column - 1)
        if scalars.count > lineLimit { start = min(max(0, at - lineLimit / 2), scalars.count - lineLimit) }
        let end = min(scalars.count, start + lineLimit)
        var shown = String(String.UnicodeScalarView(scalars[start..<end]))
        var caret = String(String.UnicodeScalarView(scalars[start..<min(max(start, at), end)].map { $0 == "\t" ? "\t" : " " }))
        if start > 0 { shown = "…" + shown; caret = " " + caret }
        if end < scalars.count { shown += "…" }
        return (shown, caret)
    }
}
