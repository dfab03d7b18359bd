import Foundation
import PlanModel
import PreviewServer
import SiteBuilder
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `hyte serve` end to end, in process: a copy of the good fixture site is served on a free port, a
/// file is edited, broken and fixed, and the event stream and the pages follow.
@Suite(.serialized) struct ServeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// Generous: the machine may be busy with other builds; a rebuild of the fixture takes well under it.
    static let patience: Duration = .seconds(30)

    /// A scratch folder with `content`, a copy of the good fixture.
    static func workspace() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: repository.appendingPathComponent("Tests/PlanLoaderTests/Fixtures/good/content"),
                                         to: root.appendingPathComponent("content"))
        return root
    }

    static func options(_ root: URL) -> SiteBuild.Options {
        .init(content: root.appendingPathComponent("content").path, templates: root.appendingPathComponent("templates").path,
              output: root.appendingPathComponent("output").path)
    }

    struct Page {
        var status: Int
        var type: String
        var body: String
        var url: URL?
    }

    static func get(_ port: UInt16, _ path: String) async throws -> Page {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.timeoutInterval = 60
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return Page(status: http.statusCode, type: http.value(forHTTPHeaderField: "Content-Type") ?? "",
                    body: String(decoding: data, as: UTF8.self), url: http.url)
    }

    /// Replaces text in a content file the way an editor saves: a temporary file renamed over it.
    static func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old), "\(file.lastPathComponent) has no '\(old)'")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func editBreakAndFixReachTheBrowser() async throws {
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let logs = LogLines()
        let server = PreviewServer(Self.options(root), port: 0) { logs.add($0) }
        let port = try await server.start()
        do {
            try await run(server, port, root, logs)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    private func run(_ server: PreviewServer, _ port: UInt16, _ root: URL, _ logs: LogLines) async throws {
        // The first page waits for the first build.
        let home = try await Self.get(port, "/")
        #expect(home.status == 200 && home.type.hasPrefix("text/html"))
        #expect(home.body.contains("Testialueen hyvinvointisuunnitelma"))
        #expect(home.body.contains("new EventSource(\"/_hyte/events?v="))
        #expect(home.body.hasSuffix("</script></body>\n</html>\n") || home.body.contains("</script></body>"))
        let state = try #require(home.body.firstMatch(of: /events\?v=([a-z0-9-]+)/)?.1).description

        // Unknown paths get the site's own 404 page, in the language of the folder they are under.
        let missing = try await Self.get(port, "/ei-ole-olemassa/")
        let notFound = String(decoding: try #require(server.site.file("404.html")), as: UTF8.self)
        #expect(missing.status == 404 && missing.type.hasPrefix("text/html"))
        #expect(missing.body.hasPrefix(notFound.components(separatedBy: "</body>")[0]))
        #expect(missing.body.contains("/_hyte/events"))
        if let swedish = server.site.file("sv/404.html") {
            let page = try await Self.get(port, "/sv/finns-inte")
            #expect(page.status == 404 && page.body.hasPrefix(String(decoding: swedish, as: UTF8.self).components(separatedBy: "</body>")[0]))
        }
        // A folder without its slash is redirected to it; stylesheets keep their type and get no script.
        let goals = try await Self.get(port, "/tavoitteet")
        #expect(goals.status == 200 && goals.url?.absoluteString.hasSuffix(":\(port)/tavoitteet/") == true)
        let stylesheet = try #require(home.body.firstMatch(of: /<link rel="stylesheet" href="([^"]+)"/)?.1).description
        let css = try await Self.get(port, "/" + stylesheet)
        #expect(css.status == 200 && css.type == "text/css; charset=utf-8" && !css.body.contains("EventSource"))
        let escape = try await Self.get(port, "/%2e%2e/%2e%2e/etc/passwd")
        #expect(escape.status == 400)

        let events = EventStreamClient(URL(string: "http://127.0.0.1:\(port)/_hyte/events?v=\(state)")!)
        defer { events.close() }
        try await events.waitUntilOpen(within: Self.patience)
        #expect(events.events.isEmpty, "a page served in the current state gets no event on connecting")

        // 1. An edit: the title of a goal changes.
        let goal = root.appendingPathComponent("content/goals/mielenterveys.md")
        var started = ContinuousClock.now
        try Self.edit(goal, "title: Nuorten mielenterveys paranee", "title: Nuorten mielenterveys vahvistuu")
        let reload = try await events.next("reload", after: 0, within: Self.patience)
        let editLatency = started.duration(to: reload.arrived)
        #expect(Int(reload.data) ?? 0 >= 2, "data is the generation: the first build was 1")
        var page = try await Self.get(port, "/tavoitteet/mielenterveys/")
        #expect(page.status == 200 && page.body.contains("Nuorten mielenterveys vahvistuu"))
        #expect(!page.body.contains("Nuorten mielenterveys paranee"))

        // A page from before the edit that connects now is told to reload at once.
        let late = EventStreamClient(URL(string: "http://127.0.0.1:\(port)/_hyte/events?v=\(state)")!)
        defer { late.close() }
        _ = try await late.next("reload", after: 0, within: Self.patience)

        // 2. An error: an unknown focus area.
        started = ContinuousClock.now
        try Self.edit(goal, "focus_area: lapset", "focus_area: lapsi")
        let problems = try await events.next("problems", after: 1, within: Self.patience)
        let errorLatency = started.duration(to: problems.arrived)
        page = try await Self.get(port, "/tavoitteet/mielenterveys/")
        #expect(page.status == 500 && page.body.contains("Sisällössä on virheitä"))
        #expect(page.body.contains("content/goals/mielenterveys.md</code>, rivi 3, sarake"))
        #expect(page.body.contains("lapsi"))
        #expect(page.body.contains("/_hyte/events"), "the error page reloads itself too")
        let other = try await Self.get(port, "/")
        #expect(other.status == 500 && other.body.contains("Sisällössä on virheitä"), "every page shows the errors")
        let styleDuringErrors = try await Self.get(port, "/" + stylesheet)
        #expect(styleDuringErrors.status == 200, "the last good site's files are still served")

        // 3. The fix: the page is back.
        started = ContinuousClock.now
        try Self.edit(goal, "focus_area: lapsi", "focus_area: lapset")
        let fixed = try await events.next("reload", after: 2, within: Self.patience)
        let fixLatency = started.duration(to: fixed.arrived)
        page = try await Self.get(port, "/tavoitteet/mielenterveys/")
        #expect(page.status == 200 && page.body.contains("Nuorten mielenterveys vahvistuu"))

        print("serve test: edit → reload \(Self.ms(editLatency)) ms, error → problems \(Self.ms(errorLatency)) ms, "
              + "fix → reload \(Self.ms(fixLatency)) ms")
        for line in logs.lines { print("serve test: server said: \(line)") }
        for latency in [editLatency, errorLatency, fixLatency] { #expect(latency < .seconds(5)) }
        #expect(logs.lines.contains { $0.hasPrefix("hyte: rebuilt in ") && $0.contains(" changed; load ") })
        #expect(logs.lines.contains("hyte: 1 error, showing them in the browser"))

        // Stopping ends the open streams.
        await server.stop()
        try await EventStreamClient.poll(within: Self.patience, "the event stream outlived the server") { events.hasEnded }
    }

    static func ms(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}

/// Log lines of a server under test.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var all: [String] = []

    func add(_ line: String) {
        lock.lock()
        all.append(line)
        lock.unlock()
    }

    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return all
    }
}
