import Foundation
import HyteBase
import PlanModel

/// Collects every problem of a run so they can be reported together. Safe to share between threads.
final class DiagnosticSink: Sendable {
    private let items = Locked<[Diagnostic]>([])

    func add(_ diagnostic: Diagnostic) {
        items.withLock { $0.append(diagnostic) }
    }

    func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        add(.error(location, message, hint: hint))
    }

    func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        add(.warning(location, message, hint: hint))
    }

    /// Sorted by file and position, duplicates removed.
    var diagnostics: [Diagnostic] {
        items.withLock { Array(Set($0)).sorted() }
    }
}
