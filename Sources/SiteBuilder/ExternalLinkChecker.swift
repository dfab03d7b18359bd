import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HyteBase
import Inspect
import PlanModel

/// Checks the links to other sites, only on request (`--external`): outside sites come and go, so a
/// failure is a warning that never stops a build, and the check never runs by itself.
struct ExternalLinkChecker {
    var timeout: TimeInterval = 15

    /// Every http(s) link of the pages, with the pages that have it, in page order. Links into the
    /// site's own `base_url` (language versions, feeds) are its own pages, checked by the internal check.
    static func links(_ pages: [(path: String, inspector: HTMLInspector)], ownBase: String) -> [(url: String, pages: [String])] {
        var order: [String] = []
        var byURL: [String: [String]] = [:]
        for page in pages {
            for link in page.inspector.links where (link.hasPrefix("http://") || link.hasPrefix("https://")) && !link.hasPrefix(ownBase) {
                let url = link.split(separator: "#", maxSplits: 1).first.map(String.init) ?? link
                if byURL[url] == nil { order.append(url) }
                if byURL[url]?.last != page.path { byURL[url, default: []].append(page.path) }
            }
        }
        return order.map { ($0, byURL[$0]!) }
    }

    /// The problem of each URL that does not answer with success, all requests at once.
    func problems(_ urls: [String]) -> [String: String] {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.httpMaximumConnectionsPerHost = 4
        let session = URLSession(configuration: configuration)
        // Answers arrive on URLSession's threads.
        let results = Locked<[String: String]>([:])
        let group = DispatchGroup()
        for url in urls {
            guard let address = URL(string: url) else {
                results.withLock { $0[url] = "not a valid URL" }
                continue
            }
            group.enter()
            request(address, method: "HEAD", session: session) { problem in
                if let problem { results.withLock { $0[url] = problem } }
                group.leave()
            }
        }
        group.wait()
        session.finishTasksAndInvalidate()
        return results.withLock { $0 }
    }

    /// HEAD first; some servers refuse HEAD, so a refusal is asked again with GET.
    private func request(_ url: URL, method: String, session: URLSession, done: @escaping @Sendable (String?) -> Void) {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue("hyte link check", forHTTPHeaderField: "User-Agent")
        session.dataTask(with: request) { _, response, error in
            if let error { return done(self.explain(error)) }
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            if (200..<400).contains(status) { return done(nil) }
            if method == "HEAD", [403, 405, 501].contains(status) {
                return self.request(url, method: "GET", session: session, done: done)
            }
            done("HTTP \(status)")
        }.resume()
    }

    func explain(_ error: Error) -> String {
        switch (error as? URLError)?.code {
        case .timedOut?: return "no answer in \(Int(timeout)) seconds"
        case .cannotFindHost?, .dnsLookupFailed?: return "the host name is not found"
        case .cannotConnectToHost?: return "the server refuses connections"
        case .notConnectedToInternet?: return "this computer is not connected to the internet"
        default: return error.localizedDescription
        }
    }

    /// Warnings: where a link is written in Markdown, else at the first generated page that has it.
    func check(_ pages: [(path: String, inspector: HTMLInspector)], plan: Plan, outputPath: String) -> [Diagnostic] {
        let links = Self.links(pages, ownBase: plan.site.baseURL)
        let problems = self.problems(links.map(\.url))
        let markdownLinks = LinkChecker.markdownLocations(plan)
        return links.flatMap { url, pages -> [Diagnostic] in
            guard let problem = problems[url] else { return [] }
            let message = "the outside link '\(url)' does not answer: \(problem)"
            let hint = "check the address in a browser; update or remove the link if the page has moved"
            if let places = markdownLinks[url] { return places.map { .warning(.externalLink, $0, message, hint: hint) } }
            let others = pages.count > 1 ? " (and \(pages.count - 1) other pages)" : ""
            return [.warning(.externalLink, SourceLocation(path: "\(outputPath)/\(pages[0])", line: 1, column: 1), message + others, hint: hint)]
        }.sorted()
    }
}
