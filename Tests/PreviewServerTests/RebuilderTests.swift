import Foundation
import Testing
@testable import PreviewServer

/// Rebuilds run one at a time; changes during one lead to exactly one more, with all their paths.
struct RebuilderTests {
    final class Runs: @unchecked Sendable {
        let lock = NSLock()
        var batches: [[String]] = []
        var running = 0
        var overlapped = false
        let firstStarted = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)

        var finished: (batches: [[String]], overlapped: Bool)? {
            lock.withLock { running == 0 ? (batches, overlapped) : nil }
        }
    }

    @Test func changesDuringARebuildLeadToOneMore() async throws {
        let runs = Runs()
        let rebuilder = Rebuilder { paths in
            runs.lock.lock()
            runs.running += 1
            runs.overlapped = runs.overlapped || runs.running > 1
            let first = runs.batches.isEmpty
            runs.batches.append(paths)
            runs.lock.unlock()
            if first {
                runs.firstStarted.signal()
                runs.release.wait()
            }
            runs.lock.lock()
            runs.running -= 1
            runs.lock.unlock()
        }
        rebuilder.submit([])
        runs.firstStarted.wait()
        rebuilder.submit(["content/a.md"])
        rebuilder.submit(["content/b.md", "content/a.md"])
        rebuilder.submit(["content/c.md"])
        runs.release.signal()
        try await EventStreamClient.poll(within: .seconds(20), "the second rebuild did not run") {
            runs.finished?.batches.count == 2
        }
        #expect(runs.finished?.batches == [[], ["content/a.md", "content/b.md", "content/c.md"]])
        #expect(runs.finished?.overlapped == false)
    }
}
