import Foundation
import HyteCLI
import Testing
@testable import SotkanetImport

/// `hyte import sotkanet --indicator` against a local server that answers as Sotkanet's REST API 1.1
/// does, from the same fixture files the file imports read.
@Suite(.serialized) struct SotkanetAPITests {
    static func start() throws -> FixtureServer {
        let files = ["/rest/1.1/indicators/181": "indicator-181.json", "/rest/1.1/regions": "regions.json", "/rest/1.1/json": "data-181.json"]
        return try FixtureServer(routes: files.mapValues { try! Data(contentsOf: URL(fileURLWithPath: ImportFixture.sotkanet($0))) })
    }

    @Test func importsFromTheAPIAndAgainWithoutChange() throws {
        let server = try Self.start()
        defer { server.stop() }
        let port = server.port
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        server.failFirst("/rest/1.1/regions", times: 1)
        let arguments = ["import", "sotkanet", "--content", fixture.content.path, "--indicator", "181", "--years", "2021-2023",
                         "--genders", "total,male,female", "--pause", "0", "--base-url", "http://127.0.0.1:\(port)/rest/1.1/"]
        #expect(HyteCommand.run(arguments) == 0)
        #expect(fixture.text("data/tyottomat.csv") == SotkanetImporterTests.tyottomat)
        #expect(fixture.text("indicators/tyottomat.yaml")?.contains("sotkanet_id: 181, updated: 2025-03-12}") == true)

        let requests = server.requests
        #expect(requests.map(\.path) == ["/rest/1.1/regions", "/rest/1.1/regions", "/rest/1.1/indicators/181", "/rest/1.1/json"])
        #expect(requests.allSatisfy { $0.userAgent == SotkanetClient.userAgent })
        let data = try #require(requests.last?.query)
        #expect(data.map { "\($0.name)=\($0.value)" } == ["indicator=181", "years=2021", "years=2022", "years=2023",
                                                            "genders=total", "genders=male", "genders=female"])
        let before = try fixture.snapshot()
        #expect(HyteCommand.run(arguments) == 0)
        #expect(try fixture.snapshot() == before)
    }

    @Test func yearsComeFromTheMetadataWhenNotGiven() throws {
        let server = try Self.start()
        defer { server.stop() }
        let port = server.port
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        #expect(HyteCommand.run(["import", "sotkanet", "--content", fixture.content.path, "--indicator", "181", "--genders", "total",
                                 "--pause", "0", "--base-url", "http://127.0.0.1:\(port)/rest/1.1"]) == 0)
        let query = try #require(server.requests.last?.query)
        // indicator-181.json gives the range 1990–2024.
        #expect(query.filter { $0.name == "years" }.map(\.value) == (1990...2024).map(String.init))
        #expect(query.filter { $0.name == "genders" }.map(\.value) == ["total"])
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

    @Test func anUnknownIndicatorIsNotRetried() throws {
        let server = try Self.start()
        defer { server.stop() }
        let client = SotkanetClient(baseURL: "http://127.0.0.1:\(server.port)/rest/1.1")
        #expect(throws: SotkanetClient.Failure.self) { try client.text(client.metadataURL(indicator: 999_999)) }
        #expect(server.requests.count == 1)   // a 404 is an answer, not a hiccup
    }

    /// Every indicator of the plan that names a Sotkanet indicator, with the region list fetched once
    /// and a pause between requests.
    @Test func allRefreshesEveryIndicatorWithOneRegionList() throws {
        let files = ["/rest/1.1/regions": "regions.json",
                     "/rest/1.1/indicators/181": "indicator-181.json", "/rest/1.1/json?indicator=181": "data-181.json",
                     "/rest/1.1/indicators/5270": "indicator-5270.json", "/rest/1.1/json?indicator=5270": "data-5270.json"]
        let server = try FixtureServer(routes: files.mapValues { try! Data(contentsOf: URL(fileURLWithPath: ImportFixture.sotkanet($0))) })
        defer { server.stop() }
        let fixture = try ImportFixture()
        defer { fixture.remove() }
        let started = Date()
        #expect(HyteCommand.run(["import", "sotkanet", "--content", fixture.content.path, "--all", "--years", "2021-2025", "--pause", "0.2",
                                 "--base-url", "http://127.0.0.1:\(server.port)/rest/1.1"]) == 0)
        // Five requests, four pauses between them.
        #expect(Date().timeIntervalSince(started) >= 0.8)
        #expect(server.requests.map(\.path) == ["/rest/1.1/regions", "/rest/1.1/indicators/181", "/rest/1.1/json",
                                                "/rest/1.1/indicators/5270", "/rest/1.1/json"])
        #expect(fixture.text("data/tyottomat.csv") == SotkanetImporterTests.tyottomat)
        #expect(fixture.text("data/yksinaisyys.csv")?.contains("testialue;2025;12,8;total") == true)
        #expect(fixture.text("indicators/yksinaisyys.yaml")?.contains("updated: 2025-09-30") == true)
    }

    @Test func aRefusalSaysWhatTheServiceWants() throws {
        let server = try Self.start()
        defer { server.stop() }
        server.refuseAll("403 Forbidden")
        let client = SotkanetClient(baseURL: "http://127.0.0.1:\(server.port)/rest/1.1")
        #expect {
            try client.text(client.regionsURL)
        } throws: { error in
            let text = (error as? SotkanetClient.Failure)?.description ?? ""
            return text.contains("Sotkanet refused the request (403 Forbidden)") && text.contains("User-Agent") && text.contains(SotkanetClient.userAgent)
        }
        #expect(server.requests.count == 1)   // refused is an answer: trying again at once would not help
    }

    @Test func usageErrors() {
        #expect(HyteCommand.run(["import", "sotkanet", "--content", ImportFixture.fixtures.appendingPathComponent("plan").path]) == 2)
        #expect(HyteCommand.run(["import", "sotkanet", "--indicator", "181", "--years", "2024-2012",
                                 "--content", ImportFixture.fixtures.appendingPathComponent("plan").path]) == 2)
        #expect(HyteCommand.run(["import", "sotkanet", "--indicator", "181", "--genders", "all",
                                 "--content", ImportFixture.fixtures.appendingPathComponent("plan").path]) == 2)
        #expect(HyteCommand.run(["import", "sotkanet", "--as", "Bad Id", "x.json",
                                 "--content", ImportFixture.fixtures.appendingPathComponent("plan").path]) == 2)
        #expect(HyteCommand.run(["import", "sotkanet", "--all", "--indicator", "181",
                                 "--content", ImportFixture.fixtures.appendingPathComponent("plan").path]) == 2)
        #expect(HyteCommand.run(["import", "sotkanet", "--all", "--as", "x",
                                 "--content", ImportFixture.fixtures.appendingPathComponent("plan").path]) == 2)
    }
}
