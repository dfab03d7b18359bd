import FlyingFox
import FlyingSocks
import Foundation
import PlanModel
import SiteBuilder

/// `hyte serve`: the site built in memory, served on 127.0.0.1, rebuilt when a content or template file
/// changes, with open pages told to reload over server-sent events.
public actor PreviewServer {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public nonisolated let site: PreviewSite
    private let options: SiteBuild.Options
    private let port: UInt16
    private let log: @Sendable (String) -> Void
    private let hub = EventHub()
    private let ready = Latch<Void>()
    private let stopped = Latch<Void>()
    private var http: HTTPServer?
    private var serving: Task<Void, Never>?
    private var keepAlive: Task<Void, Never>?
    private var watcher: FileWatcher?
    private var rebuilder: Rebuilder?

    /// `port` 0 picks a free one; `log` gets one line per rebuild.
    public init(_ options: SiteBuild.Options, port: UInt16 = 8080,
                log: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.options = options
        self.port = port
        self.log = log
        site = PreviewSite(options)
    }

    /// Listens, starts watching and starts the first build (requests wait for it); returns the port.
    public func start() async throws -> UInt16 {
        guard http == nil else { throw Failure(description: "the server was started already") }
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        // A long handler timeout: only a request that waits for the first build of a large plan takes long.
        let http = HTTPServer(address: address, timeout: 600, logger: .disabled,
                              handler: SiteHandler(site: site, hub: hub, ready: ready))
        self.http = http
        let listening = Latch<Result<Void, any Error>>()
        serving = Task {
            do { try await http.run() } catch { listening.set(.failure(error)) }
            listening.set(.failure(Failure(description: "the server stopped")))
        }
        Task {
            do { try await http.waitUntilListening(timeout: 30) } catch { listening.set(.failure(error)) }
            listening.set(.success(()))
        }
        do {
            try await listening.wait().get()
        } catch {
            await stop()
            throw Failure(description: "cannot listen on 127.0.0.1:\(port): \(error)")
        }
        guard case .ip4(_, let bound)? = await http.listeningAddress else {
            await stop()
            throw Failure(description: "cannot tell the port the server listens on")
        }
        let (site, hub, log, ready) = (site, hub, log, ready)
        let rebuilder = Rebuilder { paths in Self.rebuild(paths, site: site, hub: hub, log: log, ready: ready) }
        self.rebuilder = rebuilder
        do {
            let watcher = try FileWatcher(roots: [options.content, options.templates], log: log) { rebuilder.submit($0) }
            watcher.start()
            self.watcher = watcher
        } catch {
            await stop()
            throw error
        }
        keepAlive = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                hub.keepAlive()
            }
        }
        rebuilder.submit([])
        return bound
    }

    /// Stops watching, ends every event stream and closes the server.
    public func stop() async {
        guard !stopped.isSet else { return }
        rebuilder?.stop()
        watcher?.stop()
        keepAlive?.cancel()
        hub.close()
        // Requests still waiting for the first build are let through.
        ready.set(())
        // No grace period: FlyingFox's socket pool runs until cancelled, so any timeout is always waited
        // out in full, and the event streams (the only long responses) have just ended.
        await http?.stop(timeout: 0)
        serving?.cancel()
        stopped.set(())
    }

    public func waitUntilStopped() async { await stopped.wait() }

    /// One rebuild, one line of log and, when open pages should change, an event for them. The pages
    /// open in a browser are made first when the edit concerns them, and reload at once.
    static func rebuild(_ paths: [String], site: PreviewSite, hub: EventHub, log: @escaping @Sendable (String) -> Void, ready: Latch<Void>) {
        let wasFailed = !site.errors.isEmpty
        let clock = ContinuousClock()
        let started = clock.now
        let milliseconds = { Int((clock.now - started) / .milliseconds(1)) }
        let outcome = site.rebuild(changed: paths, first: wasFailed ? [] : hub.openPages) { interim in
            log("hyte: open pages rebuilt in \(milliseconds()) ms (\(interim.changed.count) changed)")
            if !interim.changed.isEmpty { hub.publish(event: "reload", data: String(site.generation), pages: Set(interim.changed)) }
        }
        if outcome.failed {
            let count = outcome.diagnostics.errors.count
            log("hyte: \(count) error\(count == 1 ? "" : "s"), showing them in the browser")
            hub.publish(event: "problems", data: String(count))
        } else {
            let count = outcome.changed.count
            let t = outcome.timings
            log("hyte: rebuilt in \(milliseconds()) ms (\(count) file\(count == 1 ? "" : "s") changed; "
                + "load \(t.load) ms, \(outcome.rendered) of \(outcome.units) parts rendered in \(t.render) ms, checks \(t.check) ms)")
            // A fix that restores the site as it was changes no file, but the pages show the error page;
            // a changed style sheet or image concerns every page.
            if wasFailed || outcome.changed.contains(where: { !$0.hasSuffix(".html") }) {
                hub.publish(event: "reload", data: String(site.generation))
            } else if count > 0 {
                hub.publish(event: "reload", data: String(site.generation), pages: Set(outcome.changed))
            }
        }
        ready.set(())
    }
}
