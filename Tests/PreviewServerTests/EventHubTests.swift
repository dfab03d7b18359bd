import Foundation
import Testing
@testable import PreviewServer

/// Reload events go to the pages whose file changed; a stream that names no page gets every event.
@Suite struct EventHubTests {
    /// The events a stream has received so far (the greeting comment left out).
    static func events(_ stream: AsyncStream<Data>, count: Int) async -> [String] {
        var events: [String] = []
        for await message in stream {
            let text = String(decoding: message, as: UTF8.self)
            if text.hasPrefix("event: ") { events.append(text.split(separator: "\n")[0].dropFirst(7).description) }
            if events.count == count { break }
        }
        return events
    }

    @Test func reloadsGoToThePagesThatChanged() async {
        let hub = EventHub()
        let state = hub.state
        let measure = hub.subscribe(since: state, page: "toimenpiteet/x/index.html")
        let goal = hub.subscribe(since: state, page: "tavoitteet/y/index.html")
        let any = hub.subscribe(since: state)
        #expect(hub.openPages == ["toimenpiteet/x/index.html", "tavoitteet/y/index.html"])
        hub.publish(event: "reload", data: "1", pages: ["toimenpiteet/x/index.html"])
        hub.publish(event: "problems", data: "1")
        #expect(await Self.events(measure, count: 2) == ["reload", "problems"])
        #expect(await Self.events(goal, count: 1) == ["problems"])
        #expect(await Self.events(any, count: 2) == ["reload", "problems"])
        #expect(SiteHandler.pageFile("/toimenpiteet/x/") == "toimenpiteet/x/index.html")
        #expect(SiteHandler.pageFile("/") == "index.html" && SiteHandler.pageFile("/../etc/") == nil && SiteHandler.pageFile(nil) == nil)
    }
}
