import Foundation
import Testing

/// Whole pages compared byte for byte with reviewed copies. Re-record with `HYTE_RECORD=1 swift test`
/// and review the diff in git.
@Suite struct GoldenTests {
    static let pages = [
        "index.html", "tavoitteet/mielenterveys/index.html", "toimenpiteet/opetus/index.html",
        "indikaattorit/ahdistus/index.html", "kunnat/aakkola/index.html", "yhteistyo/verkosto/index.html",
        "yhdyspinnat/koulu/index.html", "raportit/vuosiraportti/index.html", "vuosikello/index.html",
        "saavutettavuusseloste/index.html",
    ]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: pages) func pageMatchesGolden(_ page: String) throws {
        let site = try TestSite.render(TestSite.plan(TestSite.fixture("good")))
        let html = try #require(site[page])
        let golden = Self.directory.appendingPathComponent(page.replacingOccurrences(of: "/", with: "_"))
        if ProcessInfo.processInfo.environment["HYTE_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(html == expected, "\(page) differs from \(golden.lastPathComponent); re-record with HYTE_RECORD=1 if intended")
    }
}
