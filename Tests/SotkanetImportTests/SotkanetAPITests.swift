import FlyingFox
import FlyingSocks
import Foundation
import HyteCLI
import Testing
@testable import SotkanetImport

/// `hyte import sotkanet --indicator` against a local server that answers as Sotkanet's REST API 1.1
/// does, from the same fixture files the file imports read.
@Suite(.serialized) struct SotkanetAPITests {
    /// What the server was asked, for the assertions.
    actor Log {
        var requests: [(path: String, query: [HTTPRequest.QueryItem], agent: String?)] = []
        var failuresLeft: [String: Int] = [:]
        func add(_ request: HTTPRequest) {
            requests.append((request.path, request.query, request.headers[HTTPHeader("User-Agent")]))
        }
        /// Answers 503 to a path this many times before answering properly: the client must try again.
        func failFirst(_ path: String, times: Int) { failuresLeft[path] = times }
        func shouldFail(_ path: String) -> Bool {
            guard let left = failuresLeft[path], left > 0 else { return false }
            failuresLeft[path] = left - 1
            return true
        }
    }

    static func start(_ log: Log) async throws -> (HTTPServer, Task<Void, any Error>, UInt16) {
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: 0), logger: .disabled)
        let files = ["/rest/1.1/indicators/181": "indicator-181.json", "/rest/1.1/regions": "regions.json", "/rest/1.1/json": "data-181.json"]
        for (path, name) in files {
            let body = try Data(contentsOf: URL(fileURLWithPath: ImportFixture.sotkanet(name)))
            await server.appendRoute(HTTPRoute("GET \(path)")) { request in
                await log.add(request)
                if await log.shouldFail(path) { return HTTPResponse(statusCode: .serviceUnavailable) }
                return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json;charset=UTF-8"], body: body)
            }
        }
        await server.appendRoute(HTTPRoute("GET /rest/1.1/indicators/999999")) { request in
            await log.add(request)
            return HTTPResponse(statusCode: .notFound)
        }
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 10)
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw CancellationError() }
        return (server, task, port)
    }

    @Test func importsFromTheAPIAndAgainWithoutChange() async throws {
        let log = Log()
        let (server, task, port) = try await Self.start(log)
        defer { task.cancel() }
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        await log.failFirst("/rest/1.1/regions", times: 1)
        let arguments = ["import", "sotkanet", "--content", fixture.content.path, "--indicator", "181", "--years", "2021-2023",
                         "--genders", "total,male,female", "--base-url", "http://127.0.0.1:\(port)/rest/1.1/"]
        #expect(HyteCommand.run(arguments) == 0)
        #expect(fixture.text("data/tyottomat.csv") == SotkanetImporterTests.tyottomat)
        #expect(fixture.text("indicators/tyottomat.yaml")?.contains("sotkanet_id: 181, updated: 2025-03-12}") == true)

        let requests = await log.requests
        #expect(requests.map(\.path) == ["/rest/1.1/indicators/181", "/rest/1.1/regions", "/rest/1.1/regions", "/rest/1.1/json"])
        #expect(requests.allSatisfy { $0.agent == SotkanetClient.userAgent })
        let data = try #require(requests.last?.query)
        #expect(data.map { "\($0.name)=\($0.value)" } == ["indicator=181", "years=2021", "years=2022", "years=2023",
                                                            "genders=total", "genders=male", "genders=female"])
        let before = try fixture.snapshot()
        #expect(HyteCommand.run(arguments) == 0)
        #expect(try fixture.snapshot() == before)
        await server.stop()
    }

    @Test func yearsComeFromTheMetadataWhenNotGiven() async throws {
        let log = Log()
        let (server, task, port) = try await Self.start(log)
        defer { task.cancel() }
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        #expect(HyteCommand.run(["import", "sotkanet", "--content", fixture.content.path, "--indicator", "181", "--genders", "total",
                                 "--base-url", "http://127.0.0.1:\(port)/rest/1.1"]) == 0)
        let query = try #require(await log.requests.last?.query)
        // indicator-181.json gives the range 1990–2024.
        #expect(query.filter { $0.name == "years" }.map(\.value) == (1990...2024).map(String.init))
        #expect(query.filter { $0.name == "genders" }.map(\.value) == ["total"])
        await server.stop()
    }

    @Test func offlineIsAClearError() throws {
        var client = SotkanetClient(baseURL: "http://127.0.0.1:1/rest/1.1")
        client.attempts = 2
        client.firstPause = 0.01
        #expect {
            try client.text(client.regionsURL)
        } throws: { error in
            let text = (error as? SotkanetClient.Failure)?.description ?? ""
            return text.hasPrefix("cannot get http://127.0.0.1:1/rest/1.1/regions (could not connect to the server) after 2 tries; check the network connection")
                && text.hasSuffix("hyte import sotkanet FILE…")
        }
    }

    @Test func anUnknownIndicatorIsNotRetried() async throws {
        let log = Log()
        let (server, task, port) = try await Self.start(log)
        defer { task.cancel() }
        let client = SotkanetClient(baseURL: "http://127.0.0.1:\(port)/rest/1.1")
        #expect(throws: SotkanetClient.Failure.self) { try client.text(client.metadataURL(indicator: 999_999)) }
        #expect(await log.requests.count == 1)   // a 404 is an answer, not a hiccup
        await server.stop()
    }

    @Test func usageErrors() {
        #expect(HyteCommand.run(["import", "sotkanet", "--content", ImportFixture.fixtures.appendingPathComponent("plan").path]) == 2)
        #expect(HyteCommand.run(["import", "sotkanet", "--indicator", "181", "--years", "2024-2012",
                                 "--content", ImportFixture.fixtures.appendingPathComponent("plan").path]) == 2)
        #expect(HyteCommand.run(["import", "sotkanet", "--indicator", "181", "--genders", "all",
                                 "--content", ImportFixture.fixtures.appendingPathComponent("plan").path]) == 2)
        #expect(HyteCommand.run(["import", "sotkanet", "--as", "Bad Id", "x.json",
                                 "--content", ImportFixture.fixtures.appendingPathComponent("plan").path]) == 2)
    }
}
