import FlyingFox
import Foundation
import PlanModel
import SiteBuilder

/// Answers every request from the in-memory site: files, folder redirects, the site's 404 pages, the
/// error page while the content has errors, and the event stream. Nothing is read from disk but the
/// content files an error names.
struct SiteHandler: HTTPHandler {
    let site: PreviewSite
    let hub: EventHub
    /// Open once the first build is done, so the first page asked for is not a 404.
    let ready: Latch<Void>

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            var response = Self.text(.methodNotAllowed, "Vain GET ja HEAD.")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        guard Self.isLocal(request.headers[.host]) else {
            return Self.text(.forbidden, "Esikatselu vastaa vain osoitteissa 127.0.0.1 ja localhost.")
        }
        let path = request.target.path()
        if path == ReloadScript.eventsPath {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: EventBody(messages: hub.subscribe(since: request.query["v"],
                                                                                               page: Self.pageFile(request.query["page"])))))
        }
        await ready.wait()
        // The state is read before the page: a rebuild landing in between makes the page look older
        // than it is (one needless reload), never newer (a missed one).
        let state = hub.state
        let errors = site.errors
        var response: HTTPResponse
        switch SitePath.resolve(path, exists: { site.file($0) != nil }) {
        case .invalid:
            response = Self.text(.badRequest, "Virheellinen osoite.")
        case .redirect(let location):
            response = HTTPResponse(statusCode: .found, headers: [.location: Self.absolute(location, host: request.headers[.host]),
                                                                  .cacheControl: "no-store"], body: Data())
        case .file(let file) where ContentType.isHTML(file) && !errors.isEmpty:
            response = errorPage(errors, state: state)
        case .notFound where !errors.isEmpty:
            response = errorPage(errors, state: state)
        case .file(let file):
            response = page(.ok, file, state: state) ?? Self.text(.notFound, "Sivua ei löytynyt.")
        case .notFound(let page):
            response = page.flatMap { self.page(.notFound, $0, state: state) } ?? Self.text(.notFound, "Sivua ei löytynyt.")
        }
        if request.method == .HEAD {
            response.headers[.contentLength] = String(try await response.bodyData.count)
            response.payload = .httpBody(HTTPBodySequence())
        }
        return response
    }

    private func page(_ status: HTTPStatusCode, _ file: String, state: String) -> HTTPResponse? {
        guard var data = site.file(file) else { return nil }
        let type = ContentType.of(file)
        if ContentType.isHTML(file) { data = ReloadScript.inject(into: data, state: state) }
        return HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: data)
    }

    /// Status 500: the page asked for cannot be made, and a script or `curl --fail` should see that;
    /// browsers show the body all the same.
    private func errorPage(_ errors: [Diagnostic], state: String) -> HTTPResponse {
        let html = ErrorPage.render(errors, script: ReloadScript.tag(state: state)) { path in
            FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        }
        return HTTPResponse(statusCode: .internalServerError, headers: [.contentType: ContentType.of("x.html"), .cacheControl: "no-store"],
                            body: Data(html.utf8))
    }

    /// Whether the Host header names this computer. The server listens on 127.0.0.1 only, but a web
    /// page elsewhere could point its own name at 127.0.0.1 (DNS rebinding) and read the preview.
    /// The output file of a page path the reload script sends ("/x/" → "x/index.html"), if it is one.
    static func pageFile(_ path: String?) -> String? {
        guard let path, case .file(let file) = SitePath.resolve(path, exists: { _ in true }) else { return nil }
        return file
    }

    static func isLocal(_ host: String?) -> Bool {
        guard let host, !host.isEmpty else { return true }  // HTTP/1.0 sends none
        let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }) + "]"
            : String(host.prefix { $0 != ":" })
        let port = host.dropFirst(name.count)
        return ["127.0.0.1", "localhost", "[::1]"].contains(name.lowercased())
            && (port.isEmpty || (port.count > 1 && port.hasPrefix(":") && port.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }))
    }

    /// An absolute Location: Foundation's URLSession on Linux drops the trailing slash of a relative
    /// one and then loops. The Host header is used only when it is a plain host and port.
    static func absolute(_ path: String, host: String?) -> String {
        guard let host, !host.isEmpty, host.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || ".-:[]".unicodeScalars.contains($0)) })
        else { return path }
        return "http://\(host)\(path)"
    }

    static func text(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: ContentType.of("x.txt"), .cacheControl: "no-store"], body: Data((text + "\n").utf8))
    }
}
