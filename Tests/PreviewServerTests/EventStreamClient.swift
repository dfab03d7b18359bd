import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A test's reader of `/_hyte/events`: collects the server-sent events as they arrive, each with the
/// moment it arrived, so latencies are measured at arrival rather than when the test looks.
final class EventStreamClient: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    struct Event {
        var name: String
        var data: String
        var arrived: ContinuousClock.Instant
    }

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    private let lock = NSLock()
    private var buffer = ""
    private var received: [Event] = []
    private var comments = 0
    private var ended = false
    private var session: URLSession!
    private var task: URLSessionDataTask?

    init(_ url: URL) {
        super.init()
        session = URLSession(configuration: .ephemeral, delegate: self, delegateQueue: nil)
        var request = URLRequest(url: url)
        request.timeoutInterval = 300
        task = session.dataTask(with: request)
        task?.resume()
    }

    func close() {
        task?.cancel()
        session.invalidateAndCancel()
    }

    var events: [Event] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    var isOpen: Bool {
        lock.lock()
        defer { lock.unlock() }
        return comments > 0 && !ended
    }

    var hasEnded: Bool {
        lock.lock()
        defer { lock.unlock() }
        return ended
    }

    /// Waits until the server has answered (its opening comment arrived).
    func waitUntilOpen(within limit: Duration) async throws {
        try await Self.poll(within: limit, "the event stream did not open") { self.isOpen }
    }

    /// The first event named `name` after the first `after` events.
    func next(_ name: String, after: Int, within limit: Duration) async throws -> Event {
        var found: Event?
        try await Self.poll(within: limit, "no '\(name)' event arrived; got \(events.map(\.name))") {
            found = self.events.dropFirst(after).first { $0.name == name }
            return found != nil
        }
        return found!
    }

    /// Checks `condition` every few milliseconds until it holds or `limit` passed.
    static func poll(within limit: Duration, _ what: @autoclosure () -> String, _ condition: () async throws -> Bool) async throws {
        let deadline = ContinuousClock.now + limit
        while try await !condition() {
            guard ContinuousClock.now < deadline else { throw Timeout(description: what()) }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let now = ContinuousClock.now
        lock.lock()
        defer { lock.unlock() }
        buffer += String(decoding: data, as: UTF8.self)
        while let end = buffer.range(of: "\n\n") {
            let block = buffer[..<end.lowerBound]
            buffer.removeSubrange(..<end.upperBound)
            var name = "message", lines: [String] = []
            for line in block.split(separator: "\n") {
                if line.hasPrefix(":") { comments += 1 }
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { lines.append(String(line.dropFirst(6))) }
            }
            if !lines.isEmpty { received.append(Event(name: name, data: lines.joined(separator: "\n"), arrived: now)) }
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        lock.lock()
        ended = true
        lock.unlock()
    }
}
