/// A place in a content file: the path as the user named it, 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// One problem: in a content file (`path:line:col: error: message; hint`), or of the run itself, such
/// as a tool that failed (`hyte: error: message`), which has no place in a file to point at.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning
        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    /// Missing translations are reported as a category of their own: a plan is often translated over time.
    public enum Category: String, Sendable, Hashable { case content, translation }

    public var severity: Severity
    /// Which kind of problem: stable across wording changes, for CI tools.
    public var id: DiagnosticID
    public var category: Category = .content
    /// nil for a problem of the run rather than of a file.
    public var location: SourceLocation?
    public var message: String
    /// What to write instead, when we can tell.
    public var hint: String?

    public init(_ severity: Severity, _ id: DiagnosticID, _ location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.id = id
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(_ id: DiagnosticID, _ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, id, location, message, hint: hint)
    }

    public static func warning(_ id: DiagnosticID, _ location: SourceLocation, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, id, location, message, hint: hint)
    }

    /// A problem of the run (a tool, the output folder), not of any file.
    public static func run(_ severity: Severity, _ id: DiagnosticID, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity, id, nil, message, hint: hint)
    }

    /// The message and its hint, as every format shows them.
    public var text: String { message + (hint.map { "; \($0)" } ?? "") }

    public var description: String {
        "\(location.map(\.description) ?? "hyte"): \(severity.rawValue): \(text)"
    }

    // Ordered by file and position so a run prints problems in reading order; problems of the run last.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case let (x?, y?): return (x, a.severity, a.message) < (y, b.severity, b.message)
        case (nil, nil): return (a.severity, a.message) < (b.severity, b.message)
        case (_?, nil): return true
        case (nil, _?): return false
        }
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    /// Everything but the summary of missing translations.
    public var contentProblems: [Diagnostic] { filter { $0.category == .content } }
}
