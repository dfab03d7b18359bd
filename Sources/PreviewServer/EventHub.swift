import Foundation
import HyteBase

/// The server-sent events of `/_hyte/events`: every open page gets each `reload` and `problems` event.
/// `state` names what the site is now (this server run and how many events it has sent); pages carry
/// the state they were served in, and a page that connects from an older state gets the latest event
/// at once.
final class EventHub: Sendable {
    private struct Clients {
        var revision = 0
        /// Each open stream with the output file of the page that opened it (nil: wants every event).
        var open: [UUID: (stream: AsyncStream<Data>.Continuation, page: String?)] = [:]
        /// The event that brings an out-of-date page up to date.
        var latest = EventHub.message(event: "reload", data: "0")
        var closed = false
    }

    private let run = String(UInt32.random(in: 0...UInt32.max), radix: 36)
    private let clients = Locked(Clients())

    /// Letters, digits and `-` only: it goes into the reload script as is.
    var state: String {
        clients.withLock { "\(run)-\($0.revision)" }
    }

    /// The output files of the pages open now ("toimenpiteet/x/index.html").
    var openPages: Set<String> {
        clients.withLock { Set($0.open.values.compactMap(\.page)) }
    }

    /// The stream of one client; `since` is the state its page was served in, `page` its output file.
    func subscribe(since: String?, page: String? = nil) -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingNewest(16))
        let id = UUID()
        clients.withLock { clients in
            guard !clients.closed else {
                continuation.finish()
                return
            }
            // Reconnect soon after the server comes back; the comment tells the client the stream is open.
            continuation.yield(Data("retry: 1000\n: hyte\n\n".utf8))
            if let since, since != "\(run)-\(clients.revision)" { continuation.yield(clients.latest) }
            clients.open[id] = (continuation, page)
            continuation.onTermination = { [weak self] _ in self?.remove(id) }
        }
        return stream
    }

    /// Sends an event to the clients whose page is among `pages` (every client when nil, and always to
    /// those that did not name their page) and moves the state on.
    func publish(event: String, data: String, pages: Set<String>? = nil) {
        let message = Self.message(event: event, data: data)
        let all = clients.withLock { clients in
            clients.revision += 1
            clients.latest = message
            return clients.open
        }
        for client in all.values where pages == nil || client.page.map({ pages!.contains($0) }) ?? true {
            client.stream.yield(message)
        }
    }

    /// A comment line, so proxies and the browser keep an idle stream open and closed ones are noticed.
    func keepAlive() {
        let all = clients.withLock { $0.open }
        for client in all.values { client.stream.yield(Data(": keep-alive\n\n".utf8)) }
    }

    /// Ends every stream (the server is stopping) and refuses new ones.
    func close() {
        let all = clients.withLock { clients in
            clients.closed = true
            defer { clients.open = [:] }
            return clients.open
        }
        for client in all.values { client.stream.finish() }
    }

    private func remove(_ id: UUID) {
        clients.withLock { $0.open[id] = nil }
    }

    static func message(event: String, data: String) -> Data {
        Data("event: \(event)\ndata: \(data)\n\n".utf8)
    }
}
