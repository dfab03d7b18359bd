import Foundation

/// The script every served HTML page gets: it listens to `/_hyte/events` and reloads the page when the
/// site was rebuilt or has problems (the server sends `reload` only to pages whose file changed). `state` is the server's state when the page was served; the server
/// answers a connection from an older state with an event at once, so a rebuild that lands between
/// serving the page and connecting is not missed, and neither is a server restart.
public enum ReloadScript {
    public static let eventsPath = "/_hyte/events"

    /// `state` is made by the server of letters, digits and `-` only.
    public static func tag(state: String) -> String {
        // EventSource reconnects by itself while the server is away; when the browser gives up (CLOSED),
        // a new one is made a second later.
        // The page's path tells the server which pages are open: those are made first after a save.
        "<script>(function c(){var s=new EventSource(\"\(eventsPath)?v=\(state)&page=\"+encodeURIComponent(location.pathname)),"
            + "r=function(){location.reload()};"
            + "s.addEventListener(\"reload\",r);s.addEventListener(\"problems\",r);"
            + "s.onerror=function(){if(s.readyState===2)setTimeout(c,1000)}})()</script>"
    }

    /// The page with the script before its last `</body>` (any case), or at the end when it has none.
    public static func inject(into page: Data, state: String) -> Data {
        let script = Data(tag(state: state).utf8)
        guard let end = lastBodyEnd(in: page) else { return page + script }
        var out = Data(capacity: page.count + script.count)
        out.append(page[page.startIndex..<end])
        out.append(script)
        out.append(page[end...])
        return out
    }

    private static let closing = Array("</body>".utf8)

    private static func lastBodyEnd(in page: Data) -> Data.Index? {
        let bytes = page
        guard bytes.count >= closing.count else { return nil }
        var start = bytes.endIndex - closing.count
        while start >= bytes.startIndex {
            var match = true
            for (offset, expected) in closing.enumerated() {
                let byte = bytes[start + offset]
                // ASCII lower-casing; the tag has no letters outside A–Z.
                if (byte >= 65 && byte <= 90 ? byte + 32 : byte) != expected { match = false; break }
            }
            if match { return start }
            start -= 1
        }
        return nil
    }
}
