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

    /// `content`: the content folder, where GitLab is shown a problem of the run.
    func render(_ diagnostics: [Diagnostic], content: String = "content") -> String {
        switch self {
        case .text: return diagnostics.map { $0.description + "\n" }.joined()
        case .github: return diagnostics.map(Self.github).joined()
        case .gitlab: return Self.gitlab(diagnostics, content: content)
        }
    }

    /// A problem of the run has no file: GitHub shows it on the run's summary instead of a line.
    static func github(_ d: Diagnostic) -> String {
        let place = d.location.map { "file=\(property($0.path)),line=\($0.line),col=\($0.column)," } ?? ""
        return "::\(d.severity == .error ? "error" : "warning") \(place)title=\(property("hyte \(d.id)"))::\(data(d.text))\n"
    }

    /// GitHub's escaping for a command's message and its properties.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// GitLab requires a path for every issue: a problem of the run is put on the content folder.
    /// The fingerprint leaves out the line, so a problem keeps its identity when lines above it move.
    static func gitlab(_ diagnostics: [Diagnostic], content: String) -> String {
        let items = diagnostics.map { d -> [String: Any] in
            let path = d.location?.path ?? content
            return [
                "description": d.text,
                "check_name": d.id.rawValue,
                "severity": d.severity == .error ? "major" : "minor",
                "fingerprint": "\(d.id)|\(path)|\(d.message)".utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
                    .description,
                "location": ["path": path, "lines": ["begin": d.location?.line ?? 1]],
            ]
        }
        let data = (try? JSONSerialization.data(withJSONObject: items, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
