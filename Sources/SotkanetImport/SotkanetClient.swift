import Foundation
import HyteBase
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sotkanet's REST API 1.1: data rows, an indicator's metadata and the region list, each fetched with
/// an explicit User-Agent, a timeout, and a few tries with growing pauses when the network or the
/// server fails for a moment.
public struct SotkanetClient: Sendable {
    public static let defaultBaseURL = "https://sotkanet.fi/rest/1.1"
    /// A product token with a version and a comment, the form Sotkanet lets through (it refuses requests without one).
    public static let userAgent = "hyte/1.0 (welfare plan publisher; Sotkanet import)"

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public var baseURL: String
    /// Tries per request, and the pause before the second (doubled before each next one).
    public var attempts = 4
    public var firstPause: TimeInterval = 1
    public var timeout: TimeInterval = 30

    public init(baseURL: String = SotkanetClient.defaultBaseURL) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
    }

    /// `…/json?indicator=ID&years=2012&years=2013…&genders=total…`: each year and gender its own parameter.
    public func dataURL(indicator: Int, years: [Int], genders: [String]) -> String {
        "\(baseURL)/json?indicator=\(indicator)" + years.map { "&years=\($0)" }.joined() + genders.map { "&genders=\($0)" }.joined()
    }

    public func metadataURL(indicator: Int) -> String { "\(baseURL)/indicators/\(indicator)" }
    public var regionsURL: String { "\(baseURL)/regions" }

    /// The body of `address` as text; throws a `Failure` that says what happened and what to do.
    public func text(_ address: String) throws(Failure) -> String {
        guard let url = URL(string: address), url.scheme == "http" || url.scheme == "https" else {
            throw Failure(description: "'\(address)' is not a web address; give --base-url as https://… (default \(Self.defaultBaseURL))")
        }
        var pause = firstPause
        var lastProblem = ""
        for attempt in 1...max(attempts, 1) {
            switch fetch(url) {
            case .success(let text): return text
            case .permanent(let problem): throw Failure(description: "\(address): \(problem)")
            case .transient(let problem):
                lastProblem = problem
                if attempt < attempts {
                    Thread.sleep(forTimeInterval: pause)
                    pause *= 2
                }
            }
        }
        throw Failure(description: "cannot get \(address) (\(lastProblem)) after \(max(attempts, 1)) tries; check the network connection, "
            + "or download the files in a browser and import them: hyte import sotkanet FILE…")
    }

    private enum Outcome {
        case success(String)
        /// Worth another try: the network or an overloaded server.
        case transient(String)
        case permanent(String)
    }

    private func fetch(_ url: URL) -> Outcome {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(Self.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("application/json, text/csv;q=0.9", forHTTPHeaderField: "Accept")
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        // The completion handler's results, handed to the waiting thread.
        let reply = Locked<(Data?, URLResponse?, Error?)>((nil, nil, nil))
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            reply.withLock { $0 = (data, response, error) }
            done.signal()
        }.resume()
        done.wait()
        let (data, response, error) = reply.withLock { $0 }
        if let error = error as? URLError {
            return .transient(error.localizedDescription.isEmpty ? "network error \(error.code.rawValue)" : Self.describe(error))
        }
        if let error { return .transient(error.localizedDescription) }
        guard let http = response as? HTTPURLResponse else { return .transient("no HTTP response") }
        switch http.statusCode {
        case 200..<300:
            guard let data else { return .success("") }
            return .success(String(decoding: data, as: UTF8.self))
        case 429, 500..<600: return .transient("the server answered \(http.statusCode)")
        case 404: return .permanent("not found (404); check the indicator id at https://sotkanet.fi")
        case 403: return .permanent(Self.refused)
        default: return .permanent("the server answered \(http.statusCode)")
        }
    }

    /// Sotkanet answers 403 to clients that do not name themselves in the User-Agent header, and to
    /// addresses that have downloaded too much; neither gets better by trying again at once.
    static let refused = "Sotkanet refused the request (403 Forbidden). The service answers only clients that name themselves "
        + "in the User-Agent header; hyte sends '\(userAgent)'. If a proxy or firewall on the way replaces that header, "
        + "ask for it to be let through; if Sotkanet has limited downloads from this address, try again tomorrow. "
        + "Meanwhile, download the files in a browser and import them: hyte import sotkanet FILE…"

    private static func describe(_ error: URLError) -> String {
        switch error.code {
        case .timedOut: return "timed out"
        case .cannotConnectToHost: return "could not connect to the server"
        case .cannotFindHost, .dnsLookupFailed: return "the server's name was not found"
        case .notConnectedToInternet: return "no network connection"
        case .networkConnectionLost: return "the connection was lost"
        default: return error.localizedDescription
        }
    }
}
