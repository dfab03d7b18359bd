import Foundation
import HyteBase
import PlanModel

/// Collects every problem of a run so they can be reported together. Safe to share between threads.
final class DiagnosticSink: Sendable {
    private let items = Locked<[Diagnostic]>([])

    func add(_ diagnostic: Diagnostic) {
        items.withLock { $0.append(diagnostic) }
    }

    func error(_ id: DiagnosticID, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        add(.error(id, location, message, hint: hint))
    }

    func warning(_ id: DiagnosticID, _ location: SourceLocation, _ message: String, hint: String? = nil) {
        add(.warning(id, location, message, hint: hint))
    }

    /// Sorted by file and position, duplicates removed.
    var diagnostics: [Diagnostic] {
        items.withLock { Array(Set($0)).sorted() }
    }
}
