import Foundation
import Testing

/// Every word a reader sees comes from the translation files: no UI text in Swift code or templates.
@Suite struct UIStringTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    static func files(_ folder: String, _ suffix: String) -> [URL] {
        let root = sources.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.path.hasSuffix(suffix) }.sorted { $0.path < $1.path }
    }

    /// Literals that are not UI text, each for a stated reason.
    static let allowed: [(pattern: String, reason: String)] = [
        (#"^[a-z-]+( [a-z-]+)*( [a-z-]*\\\(.*\))? ?$"#, "CSS classes and SVG structure names (lowercase ASCII words)"),
        (#"^\\\(id\)-title \\\(id\)-desc$"#, "aria-labelledby ids"),
        (#"^system-ui, "#, "a font stack"),
        (#"^paint-order"#, "a CSS declaration"),
        (#"^User-agent: "#, "robots.txt protocol text"),
        (#"^(A welfare plan published by hyte|Goals with targets and progress.*)$"#, "JSON Schema metadata for developers, in English"),
        (#"^(missing resource|template error|template syntax|built-in templates|i18n/)"#, "build errors for developers (CLI messages are English)"),
        (#"^[åäö]$"#, "collation rules, not text"),
    ]

    @Test func noUIStringLiteralInSwiftCode() throws {
        let literal = try NSRegularExpression(pattern: #""((?:[^"\\\n]|\\.)*)""#)
        var found: [String] = []
        for file in Self.files("SiteRenderer", ".swift") + Self.files("Charts", ".swift") {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("//") { continue }
                let range = NSRange(line.startIndex..., in: line)
                for match in literal.matches(in: line, range: range) {
                    let text = String(line[Range(match.range(at: 1), in: line)!])
                    let words = Self.withoutInterpolations(text).split { !$0.isLetter }.filter { $0.count >= 3 }
                    let nordic = text.range(of: "[åäöÅÄÖ]", options: .regularExpression) != nil
                    // Natural language: several words with spaces, or Finnish and Swedish letters.
                    guard nordic || (words.count >= 2 && text.contains(" ") && !text.contains("<") && !text.contains("=")) else { continue }
                    if Self.allowed.contains(where: { text.range(of: $0.pattern, options: .regularExpression) != nil }) { continue }
                    found.append("\(file.lastPathComponent):\(number + 1): \(text)")
                }
            }
        }
        #expect(found == [], "UI text belongs in Resources/i18n/*.yaml")
    }

    /// The literal's own text: `\\( … )` interpolations (with nested parentheses) removed.
    static func withoutInterpolations(_ text: String) -> String {
        var result = ""
        var depth = 0
        var previous: Character = " "
        for character in text {
            if depth == 0 && previous == "\\" && character == "(" { result.removeLast(); depth = 1 }
            else if depth > 0 { if character == "(" { depth += 1 } else if character == ")" { depth -= 1 } }
            else { result.append(character) }
            previous = character
        }
        return result
    }

    @Test func noUIStringInTemplates() throws {
        var found: [String] = []
        for file in Self.files("SiteRenderer/Resources/templates", ".mustache") {
            let text = try String(contentsOf: file, encoding: .utf8)
            // What a reader could see: text outside Mustache tags and HTML tags.
            let visible = text.replacingOccurrences(of: #"\{\{[^}]*\}\}\}?"#, with: " ", options: .regularExpression)
                .replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
                .replacingOccurrences(of: #"@page[^}]*\}[^}]*\}"#, with: " ", options: .regularExpression)
            let words = visible.split { !$0.isLetter }.filter { !$0.isEmpty }
            if !words.isEmpty { found.append("\(file.lastPathComponent): \(words.joined(separator: " "))") }
        }
        #expect(found == [], "UI text belongs in Resources/i18n/*.yaml")
    }

    @Test func everyLanguageHasEveryKey() throws {
        func keys(_ language: String) throws -> [String] {
            let file = Self.sources.appendingPathComponent("SiteRenderer/Resources/i18n/\(language).yaml")
            return try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                .filter { !$0.hasPrefix("#") && !$0.hasPrefix(" ") && $0.contains(":") }
                .map { String($0.prefix { $0 != ":" }).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        let finnish = try keys("fi")
        #expect(finnish.count > 200)
        #expect(try keys("sv") == finnish)
        #expect(try keys("en") == finnish)
    }
}
