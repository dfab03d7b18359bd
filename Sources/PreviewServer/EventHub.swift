import Foundation

/// The server-sent events of `/_hyte/events`: every open page gets each `reload` and `problems` event.
/// `state` names what the site is now (this server run and how many events it has sent); pages carry
/// the state they were served in, and a page that connects from an older state gets the latest event
/// at once.
final class EventHub: @unchecked Sendable {
    private let lock = NSLock()
    private let run = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private var revision = 0
    /// Each open stream with the output file of the page that opened it (nil: wants every event).
    private var clients: [UUID: (stream: AsyncStream<Data>.Continuation, page: String?)] = [:]
    /// The event that brings an out-of-date page up to date.
    private var latest = EventHub.message(event: "reload", data: "0")
    private var closed = false

    /// Letters, digits and `-` only: it goes into the reload script as is.
    var state: String {
        lock.lock()
        defer { lock.unlock() }
        return "\(run)-\(revision)"
    }

    /// The output files of the pages open now ("toimenpiteet/x/index.html").
    var openPages: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return Set(clients.values.compactMap(\.page))
    }

    /// The stream of one client; `since` is the state its page was served in, `page` its output file.
    func subscribe(since: String?, page: String? = nil) -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        lock.lock()
        defer { lock.unlock() }
        guard !closed else {
            continuation.finish()
            return stream
        }
        // Reconnect soon after the server comes back; the comment tells the client the stream is open.
        continuation.yield(Data("retry: 1000\n: hyte\n\n".utf8))
        if let since, since != "\(run)-\(revision)" { continuation.yield(latest) }
        clients[id] = (continuation, page)
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return stream
    }

    /// Sends an event to the clients whose page is among `pages` (every client when nil, and always to
    /// those that did not name their page) and moves the state on.
    func publish(event: String, data: String, pages: Set<String>? = nil) {
        let message = Self.message(event: event, data: data)
        lock.lock()
        revision += 1
        latest = message
        let all = clients
        lock.unlock()
        for client in all.values where pages == nil || client.page.map({ pages!.contains($0) }) ?? true {
            client.stream.yield(message)
        }
    }

    /// A comment line, so proxies and the browser keep an idle stream open and closed ones are noticed.
    func keepAlive() {
        lock.lock()
        let all = clients
        lock.unlock()
        for client in all.values { client.stream.yield(Data(": keep-alive\n\n".utf8)) }
    }

    /// Ends every stream (the server is stopping) and refuses new ones.
    func close() {
        lock.lock()
        closed = true
        let all = clients
        clients = [:]
        lock.unlock()
        for client in all.values { client.stream.finish() }
    }

    private func remove(_ id: UUID) {
        lock.lock()
        clients[id] = nil
        lock.unlock()
    }

    static func message(event: String, data: String) -> Data {
        Data("event: \(event)\ndata: \(data)\n\n".utf8)
    }
}
