import Foundation
import HyteBase
import PlanModel

/// The page shown instead of every HTML page while the content has errors: each error with its place,
/// the line it is on and a caret under the column. A pure function of the diagnostics and a file reader;
/// all text is escaped, since the content (and so each message and line) may hold anything.
public enum ErrorPage {
    /// Lines longer than this are cut around the column, so one huge line cannot make a huge page.
    static let lineLimit = 400

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
        let count = errors.count
        var html = """
            <!DOCTYPE html>
            <html lang="fi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sisällössä on virheitä</title>
            <style>
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
            h1{color:#a00}li{margin-bottom:1.5rem}code,pre{font-family:ui-monospace,monospace}
            pre{background:#f4f4f4;padding:.5rem;overflow-x:auto;border-left:4px solid #a00}
            .caret{color:#a00;font-weight:bold}
            </style>
            </head>
            <body>
            <main>
            <h1>Sisällössä on virheitä</h1>
            <p>Sivustoa ei voitu päivittää: sisällössä on \(count) \(count == 1 ? "virhe" : "virhettä"). \
            Korjaa \(count == 1 ? "se" : "ne") ja tallenna, niin tämä sivu latautuu itsestään.</p>
            <ol>

            """
        for error in errors {
            html += "<li>\n"
            // A problem of the run (a tool that failed) has no file to show.
            if let place = error.location {
                html += "<p><code>\(MarkupEscape.escape(place.path))</code>, rivi \(place.line), sarake \(place.column)</p>\n"
            }
            html += "<p><strong>\(MarkupEscape.escape(error.message))</strong></p>\n"
            if let place = error.location, let text = line(place) {
                let (shown, caret) = excerpt(text, column: place.column)
                html += "<pre><code>\(MarkupEscape.escape(shown))\n<span class=\"caret\">\(MarkupEscape.escape(caret))^</span></code></pre>\n"
            }
            if let hint = error.hint { html += "<p>Vihje: \(MarkupEscape.escape(hint))</p>\n" }
            html += "</li>\n"
        }
        html += "</ol>\n</main>\n\(script)\n</body>\n</html>\n"
        return html
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
