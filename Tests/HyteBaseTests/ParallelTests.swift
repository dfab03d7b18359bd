import Foundation
import HyteBase
import Testing

struct ParallelTests {
    @Test func resultsComeInIndexOrder() {
        // Later indices finish first: the order must come from the index, not from completion.
        let results = Parallel.map(64) { i -> String in
            if i < 8 { usleep(UInt32(2_000 * (8 - i))) }
            return "item-\(i)"
        }
        #expect(results == (0..<64).map { "item-\($0)" })
    }

    @Test func everyIndexRunsOnce() {
        let calls = Locked([Int: Int]())
        _ = Parallel.map(1_000) { i in calls.withLock { $0[i, default: 0] += 1 } }
        #expect(calls.withLock { $0 } == Dictionary(uniqueKeysWithValues: (0..<1_000).map { ($0, 1) }))
    }

    @Test func nothingToDo() {
        #expect(Parallel.map(0) { $0 }.isEmpty)
    }
}
