import Foundation
import PlanModel

/// Collects every problem of a run so they can be reported together. Safe to share between threads.
final class DiagnosticSink: @unchecked Sendable {
    private var items: [Diagnostic] = []
    private let lock = NSLock()

    func add(_ diagnostic: Diagnostic) {
        lock.lock()
        items.append(diagnostic)
        lock.unlock()
    }

    func error(_ id: DiagnosticID, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        add(.error(id, location, message, hint: hint))
    }

    func warning(_ id: DiagnosticID, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        add(.warning(id, location, message, hint: hint))
    }

    /// Sorted by file and position, duplicates removed.
    var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return Array(Set(items)).sorted()
    }
}
