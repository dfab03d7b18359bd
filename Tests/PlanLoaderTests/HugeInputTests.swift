import Foundation
import Markdown
import PlanModel
import Testing
@testable import PlanLoader

/// A plan with a million-row data file or a 10 MB page loads in bounded time and memory.
/// The time bounds are four to seven times a debug build here (4.4 s and 1.1 s on two busy cores):
/// generous for a slow CI runner, far below what quadratic work on these sizes takes (minutes to hours).
/// `scripts/huge-inputs` checks the same sizes through `hyte check` and `hyte build` (release).
@Suite(.serialized) struct HugeInputTests {
    static let memoryLimit = 1_500 * 1024 * 1024

    @Test func millionRowDataFile() throws {
        let content = try Self.goodPlanCopy()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var csv = Array("area,year,value,group\n".utf8)
        csv.reserveCapacity(32_000_000)
        let areas = ["testialue", "aakkola", "oolahti", "koko-maa"].map { Array($0.utf8) }
        // 4 areas x 200 years x 1250 groups: each area, year and group once.
        for g in 0..<1250 {
            let group = g == 0 ? Array("total".utf8) : Array("ryhma-\(g)".utf8)
            for area in areas {
                for year in 1900..<2100 {
                    csv += area
                    csv += Array(",\(year),\((year * 7 + g) % 1000),".utf8)
                    csv += group
                    csv.append(10)
                }
            }
        }
        try Data(csv).write(to: content.appendingPathComponent("data/ahdistus.csv"))

        let (result, elapsed) = Self.timed { ContentLoader(directory: content, displayPath: "content").load() }
        #expect(result.diagnostics.errors.map(\.description) == [])
        let indicator = try #require(result.plan?.indicator("ahdistus"))
        #expect(indicator.observations.count == 1_000_000)
        #expect(indicator.value(area: "oolahti", year: 2099, group: "ryhma-1249") == Double((2099 * 7 + 1249) % 1000))
        #expect(elapsed < .seconds(20), "loading took \(elapsed)")
        #expect(Self.peakMemory < Self.memoryLimit, "peak memory \(Self.peakMemory / 1_048_576) MB")
    }

    @Test func tenMegabytePage() throws {
        let content = try Self.goodPlanCopy()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var page = "---\ntitle: Iso sivu\n---\n"
        var sections = 0
        while page.utf8.count < 10 * 1024 * 1024 {
            page += Self.section(sections)
            if sections % 2000 == 0 { page += "```chart\ntype: trend\nindicator: ahdistus\n```\n\n" }
            sections += 1
        }
        try Data(page.utf8).write(to: content.appendingPathComponent("pages/iso.md"))

        let (result, elapsed) = Self.timed { ContentLoader(directory: content, displayPath: "content").load() }
        #expect(result.diagnostics.errors.map(\.description) == [])
        let body = try #require(result.plan?.pages.first { $0.id == "iso" }?.body.sources[.fi])
        #expect(body.text.utf8.count == page.utf8.count - "---\ntitle: Iso sivu\n---\n".utf8.count)
        #expect(body.blocks.count == (sections + 1999) / 2000)
        #expect(body.links.count == sections * 3)
        // Every link keeps its line: the last section's are within its last lines.
        #expect(body.links.map(\.location.line).max() ?? 0 > page.split(separator: "\n", omittingEmptySubsequences: false).count - 30)
        #expect(elapsed < .seconds(8), "loading took \(elapsed)")
        #expect(Self.peakMemory < Self.memoryLimit, "peak memory \(Self.peakMemory / 1_048_576) MB")
    }

    /// Ids went into the HTML by searching the rest of the page again for every heading (minutes
    /// for this page), and repeated headings counted their number up from 2 each time.
    @Test func headingsOfAHugePageGetTheirIdsInLinearTime() throws {
        var markdown = "# Sama\n\n# Sama 2\n\n"
        for n in 0..<20_000 { markdown += "## Sama\n\nKappale \(n) " + String(repeating: "sanoja ", count: 70) + "\n\n" }
        let document = MarkdownDocument(markdown)
        let (html, elapsed) = Self.timed {
            let html = try! document.renderHTML(unsafeHTML: false)   // no blocks to replace: nothing throws
            return MarkdownDocument.anchor(html, document.headings())
        }
        #expect(html.hasPrefix("<h2 id=\"h-sama\">Sama</h2>\n<h2 id=\"h-sama-2\">Sama 2</h2>\n<h3 id=\"h-sama-3\">Sama</h3>"))
        #expect(html.contains("<h3 id=\"h-sama-20002\">Sama</h3>\n<p>Kappale 19999 "))
        #expect(elapsed < .seconds(8), "rendering took \(elapsed)")
    }

    static func section(_ n: Int) -> String {
        """
        ## Osio \(n)

        Kappale \(n), jossa on **lihavointia**, *kursiivia*, `koodia`, [sisäinen linkki](/tietoa/) ja
        [ulkoinen linkki](https://thl.fi/). Hyvinvointisuunnitelma kertoo, mitä alue tekee asukkaiden
        hyvinvoinnin ja terveyden edistämiseksi, ja miten sitä seurataan vuosittain.

        - kohta yksi
        - kohta kaksi, [linkki](/tietoa/)
          - sisempi kohta

        | Alue | Vuosi | Arvo |
        |---|---:|---:|
        | Testialue | 2023 | 17,2 |

        > Lainaus osiosta \(n).


        """
    }

    /// The good fixture plan copied into a new temporary folder; returns its content folder.
    static func goodPlanCopy() throws -> URL {
        let fixture = try FixtureSiteTests.fixture("good").appendingPathComponent("content")
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-huge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let content = base.appendingPathComponent("content")
        try FileManager.default.copyItem(at: fixture, to: content)
        return content
    }

    static func timed<T>(_ body: () -> T) -> (T, Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = body()
        return (result, clock.now - start)
    }

    /// The process's peak resident memory in bytes (other suites running beside count too).
    static var peakMemory: Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
