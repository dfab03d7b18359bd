import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP server on 127.0.0.1 that answers as Sotkanet's API would, from fixture files. It runs
/// on a thread of its own, not on Swift's shared task threads: while other test suites keep those busy,
/// an async server could not answer within the client's timeout (seen on two cores).
final class FixtureServer: @unchecked Sendable {
    struct Request: Sendable {
        var path: String
        var query: [(name: String, value: String)]
        var userAgent: String?
    }

    private let socket: Int32
    let port: UInt16
    private let routes: [String: Data]
    private let lock = NSLock()
    private var logged: [Request] = []
    private var failuresLeft: [String: Int] = [:]

    /// `routes`: path → body; any other path is a 404.
    init(routes: [String: Data]) throws {
        self.routes = routes
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard fd >= 0, bound else { throw CocoaError(.fileReadUnknown) }
        socket = fd
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in serve() }
    }

    var requests: [Request] { lock.withLock { logged } }

    /// Answers 503 to `path` this many times before answering properly: the client must try again.
    func failFirst(_ path: String, times: Int) { lock.withLock { failuresLeft[path] = times } }

    /// Answers every request with this status line, as a server that refuses the client does.
    func refuseAll(_ status: String) { lock.withLock { refusal = status } }
    private var refusal: String?

    func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func serve() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 { return }
            handle(client)
            close(client)
        }
    }

    private func handle(_ client: Int32) {
        var received = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.suffix(4).elementsEqual([13, 10, 13, 10]) {
            let n = read(client, &buffer, buffer.count)
            if n <= 0 { return }
            received += buffer[0..<n]
        }
        let head = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n")
        let target = head[0].split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        let parts = target.split(separator: "?", maxSplits: 1).map(String.init)
        let query = (parts.count > 1 ? parts[1].split(separator: "&") : []).map { item -> (String, String) in
            let pair = item.split(separator: "=", maxSplits: 1).map(String.init)
            return (pair[0], pair.count > 1 ? pair[1] : "")
        }
        let agent = head.first { $0.lowercased().hasPrefix("user-agent:") }.map { String($0.dropFirst(11)).trimmingCharacters(in: .whitespaces) }
        let request = Request(path: parts[0], query: query, userAgent: agent)
        let (fail, refused) = lock.withLock { () -> (Bool, String?) in
            logged.append(request)
            if let refusal { return (false, refusal) }
            guard let left = failuresLeft[request.path], left > 0 else { return (false, nil) }
            failuresLeft[request.path] = left - 1
            return (true, nil)
        }
        // A route may name the indicator (`/rest/1.1/json?indicator=181`) where one path serves several.
        let indicator = query.first { $0.0 == "indicator" }.map { "\(request.path)?indicator=\($0.1)" }
        let route = indicator.flatMap { routes[$0] } ?? routes[request.path]
        let (status, body): (String, Data) = refused.map { ($0, Data()) } ?? (fail ? ("503 Service Unavailable", Data())
            : route.map { ("200 OK", $0) } ?? ("404 Not Found", Data("{\"error\": \"not found\"}".utf8)))
        var response = Data("HTTP/1.1 \(status)\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n".utf8)
        response += body
        response.withUnsafeBytes { _ = write(client, $0.baseAddress, $0.count) }
    }
}
