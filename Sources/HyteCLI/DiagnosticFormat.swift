import ArgumentParser
import Foundation
import PlanModel

/// How `hyte check` prints its diagnostics.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// `path:line:col: error: message; hint`, for people and editors.
    case text
    /// GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`, shown on the changed line.
    case github
    /// A GitLab Code Quality report (JSON), shown in merge requests when saved as a `codequality` artifact.
    case gitlab

    func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text: return diagnostics.map { $0.description + "\n" }.joined()
        case .github: return diagnostics.map(Self.github).joined()
        case .gitlab: return Self.gitlab(diagnostics)
        }
    }

    static func github(_ d: Diagnostic) -> String {
        let message = d.message + (d.hint.map { "; \($0)" } ?? "")
        return "::\(d.severity == .error ? "error" : "warning") file=\(property(d.location.path)),line=\(d.location.line),"
            + "col=\(d.location.column),title=hyte::\(data(message))\n"
    }

    /// GitHub's escaping for a command's message and its properties.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    static func gitlab(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { d -> [String: Any] in
            let description = d.message + (d.hint.map { "; \($0)" } ?? "")
            return [
                "description": description,
                "check_name": "hyte",
                "severity": d.severity == .error ? "major" : "minor",
                "fingerprint": "\(d.location)|\(d.message)".utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
                    .description,
                "location": ["path": d.location.path, "lines": ["begin": d.location.line]],
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
