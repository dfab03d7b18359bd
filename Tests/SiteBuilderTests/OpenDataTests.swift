import Foundation
@testable import HyteCLI
import PlanModel
import Inspect
import Testing
@testable import SiteBuilder

/// What the build publishes for machines: open data, the plan's JSON against its schema, sitemap, feed.
@Suite(.serialized) struct OpenDataTests {
    /// The example plan built once.
    static let output: Result<URL, Error> = Result {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-opendata-\(UUID().uuidString)")
        let outcome = try SiteBuild(.init(content: BuildTests.repository.appendingPathComponent("content").path,
                                          templates: root.appendingPathComponent("t").path,
                                          output: root.appendingPathComponent("output").path)).run()
        guard outcome.diagnostics.contentProblems.isEmpty else { throw SiteBuild.UsageError(description: "\(outcome.diagnostics)") }
        atexit { try? FileManager.default.removeItem(at: OpenDataTests.root) }
        return root.appendingPathComponent("output")
    }

    static var root: URL { ((try? output.get()) ?? URL(fileURLWithPath: "/nonexistent")).deletingLastPathComponent() }

    static func file(_ path: String) throws -> String {
        try String(contentsOf: output.get().appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everyJSONParsesAndThePlanMatchesItsSchema() throws {
        let data = try Self.output.get().appendingPathComponent("data")
        let names = try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 21)
        for name in names {
            #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: data.appendingPathComponent(name)))) != nil, "\(name)")
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); plan = json.load(open(sys.argv[2]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = sorted(e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(plan))
            print(json.dumps({"errors": errors[:5], "goals": len(plan["goals"]), "measures": len(plan["measures"])}))
            """
        let result = ExternalTool.run(["/usr/bin/env", "python3", "-c", script,
                                      data.appendingPathComponent("plan.schema.json").path, data.appendingPathComponent("plan.json").path])
        #expect(result.status == 0, "\(result.output)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((summary["errors"] as? [String]) == [])
        #expect((summary["goals"] as? Int ?? 0) >= 12 && (summary["measures"] as? Int ?? 0) >= 30)
    }

    @Test func indicatorFilesCarryDataSourceAndLicence() throws {
        let csv = try Self.file("data/tyottomat.csv").split(separator: "\n")
        #expect(csv.first == "area,year,value,group")
        #expect(csv.contains { $0.hasPrefix("pohjois-esimerkki,2024,") && $0.hasSuffix(",total") && $0.contains(".") })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(Self.file("data/tyottomat.json").utf8)) as? [String: Any])
        let source = try #require(json["source"] as? [String: Any])
        #expect(source["licence"] as? String == "CC BY 4.0")
        #expect(source["metadataUrl"] as? String == "https://sotkanet.fi/sotkanet/fi/metadata/indicators/181")
        let observations = try #require(json["observations"] as? [[String: Any]])
        #expect(observations.count > 100 && observations.allSatisfy { $0["area"] is String && $0["year"] is Int })
        // A missing observation stays missing: null in JSON, an empty field in CSV (never zero).
        let survey = try #require(try JSONSerialization.jsonObject(with: Data(Self.file("data/vaikutusmahdollisuudet.json").utf8)) as? [String: Any])
        let missing = (survey["observations"] as? [[String: Any]] ?? []).filter { $0["area"] as? String == "koko-maa" }
        #expect(!missing.isEmpty && missing.allSatisfy { $0["value"] is NSNull })
        #expect(try Self.file("data/vaikutusmahdollisuudet.csv").contains("\nkoko-maa,2024,,total\n"))
        // Every download credits the source with the data's date: the JSON in its source, the CSV in
        // its CSV on the Web description beside it, the pages in words.
        #expect(source["updated"] as? String == "2026-02-27")
        let csvw = try #require(try JSONSerialization.jsonObject(with: Data(Self.file("data/tyottomat.csv-metadata.json").utf8)) as? [String: Any])
        #expect(csvw["@context"] as? String == "http://www.w3.org/ns/csvw" && csvw["url"] as? String == "tyottomat.csv")
        #expect(csvw["dc:source"] as? String == "https://sotkanet.fi/sotkanet/fi/metadata/indicators/181")
        #expect(csvw["dc:license"] as? String == "https://creativecommons.org/licenses/by/4.0/" && csvw["dc:modified"] as? String == "2026-02-27")
        let columns = ((csvw["tableSchema"] as? [String: Any])?["columns"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(columns.joined(separator: ",") == String(csv[0]))
        let page = try Self.file("indikaattorit/tyottomat/index.html")
        #expect(page.contains("<dt>Tiedot päivitetty</dt> <dd><span>27.2.2026</span></dd>"))
        // The address in the citation may wrap between its parts on a phone (<wbr>), and reads the same.
        #expect(page.contains("THL Sotkanet: Työttömät, % työvoimasta (indikaattori 181), tiedot päivitetty 27.2.2026, lisenssi CC BY 4.0. "
            + "https:/<wbr>/<wbr>sotkanet<wbr>.fi/<wbr>sotkanet/<wbr>fi/<wbr>metadata/<wbr>indicators/<wbr>181"))
        #expect(try Self.file("sv/indikaattorit/tyottomat/index.html").contains("https://sotkanet.fi/sotkanet/sv/metadata/indicators/181"))
        let yearly = try Self.file("raportit/vuosiraportti-2026/index.html")
        #expect(yearly.contains("<h2 id=\"sources\">Lähteet</h2>"))
        #expect(yearly.contains("<a href=\"https://sotkanet.fi/sotkanet/fi/metadata/indicators/5254\">THL Sotkanet</a></td><td role=\"cell\" data-label=\"Tiedot päivitetty\">28.10.2025</td>"))
        #expect(try Self.file("raportit/seurantaraportti-2026/index.html").contains("<h2 id=\"sources\">Lähteet</h2>"))
        #expect(try Self.file("data/index.html").contains("<th scope=\"col\" role=\"columnheader\">Tiedot päivitetty</th>"))
        // Indicator pages link their downloads; the data page lists every indicator.
        #expect(try Self.file("indikaattorit/tyottomat/index.html").contains("href=\"../../data/tyottomat.csv\""))
        #expect(try Self.file("data/index.html").contains("href=\"tyottomat.json\""))
    }

    @Test func sitemapAndFeedAreWellFormedAndComplete() throws {
        let sitemap = try Self.file("sitemap.xml")
        #expect(XMLCheck.problem(in: sitemap) == nil)
        #expect(sitemap.contains("<loc>https://hyvinvointi.pohjois-esimerkki.example.fi/tavoitteet/nuorten-mielenterveys/</loc>"))
        // Every page but the search pages, which have nothing of their own to find.
        let pages = try BuildTests.snapshot(Self.output.get()).keys.filter { $0.hasSuffix("/index.html") && !$0.hasSuffix("/haku/index.html") }
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == pages.count)
        let feed = try Self.file("feed.xml")
        #expect(XMLCheck.problem(in: feed) == nil)
        let ids = feed.components(separatedBy: "<id>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(Set(ids).count == ids.count && ids.count > 10)
        let dates = feed.components(separatedBy: "<updated>").dropFirst(2).map { String($0.prefix(10)) }
        #expect(dates == dates.sorted(by: >), "entries newest first")
        #expect(try Self.file("robots.txt").contains("Sitemap: https://hyvinvointi.pohjois-esimerkki.example.fi/sitemap.xml"))
    }

    /// Every calendar the example publishes, parsed by Python's icalendar library.
    @Test func everyCalendarParses() throws {
        let output = try Self.output.get()
        let files = try BuildTests.snapshot(output).keys.filter { $0.hasSuffix(".ics") }.sorted().map { output.path + $0 }
        #expect(files.count == 26)  // the annual clock and 12 bodies, in Finnish and in Swedish
        let script = """
            import icalendar, json, sys
            out = []
            for path in sys.argv[1:]:
                raw = open(path, 'rb').read()
                cal = icalendar.Calendar.from_ical(raw)
                events = [e for e in cal.walk('VEVENT')]
                uids = [str(e['UID']) for e in events]
                tz = [str(t['TZID']) for t in cal.walk('VTIMEZONE')]
                lines = raw.split(b'\\r\\n')
                out.append({'events': len(events), 'unique': len(set(uids)) == len(uids), 'tz': tz,
                            'folded': all(len(l) <= 75 for l in lines), 'crlf': raw.count(b'\\n') == raw.count(b'\\r\\n'),
                            'rrule': sum(1 for e in events if 'RRULE' in e)})
            print(json.dumps(out))
            """
        let result = ExternalTool.run(["/usr/bin/env", "python3", "-c", script] + files)
        #expect(result.status == 0, "\(result.output)")
        let summaries = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(summaries.count == files.count)
        for (file, summary) in zip(files, summaries) {
            #expect(summary["unique"] as? Bool == true && summary["folded"] as? Bool == true && summary["crlf"] as? Bool == true, "\(file)")
            #expect(summary["tz"] as? [String] == ["Europe/Helsinki"], "\(file)")
        }
        let clock = try #require(zip(files, summaries).first { $0.0.hasSuffix("vuosikello/vuosikello.ics") }?.1)
        #expect((clock["events"] as? Int ?? 0) >= 29 && (clock["rrule"] as? Int ?? 0) >= 14)
    }

    @Test func githubAnnotationsPointAtTheLine() {
        let d = Diagnostic.error(.unknownReference, SourceLocation(path: "content/goals/a,b.md", line: 3, column: 13), "unknown focus area 'x'", hint: "did you mean 'y'?")
        #expect(DiagnosticFormat.github(d) == "::error file=content/goals/a%2Cb.md,line=3,col=13,title=hyte unknown-reference::unknown focus area 'x'; did you mean 'y'?\n")
        // A problem of the run has no file to point at.
        let run = Diagnostic.run(.error, .pdfFailed, "WeasyPrint failed: x")
        #expect(DiagnosticFormat.github(run) == "::error title=hyte pdf-failed::WeasyPrint failed: x\n")
        #expect(run.description == "hyte: error: WeasyPrint failed: x")
    }

    /// GitLab names the kind of problem and follows it by a fingerprint that does not change when lines move.
    @Test func gitlabCheckNamesAndFingerprintsAreStable() throws {
        let at3 = Diagnostic.error(.unknownKey, SourceLocation(path: "content/goals/a.md", line: 3, column: 1), "unknown key 'x'")
        var at9 = at3
        at9.location = SourceLocation(path: "content/goals/a.md", line: 9, column: 4)
        let run = Diagnostic.run(.warning, .missingTool, "Pagefind is not installed")
        let json = DiagnosticFormat.gitlab([at3, at9, run], content: "sisalto")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(items.map { $0["check_name"] as? String } == ["unknown-key", "unknown-key", "missing-tool"])
        #expect(items[0]["fingerprint"] as? String == items[1]["fingerprint"] as? String)
        #expect(items[0]["fingerprint"] as? String != items[2]["fingerprint"] as? String)
        #expect((items[2]["location"] as? [String: Any])?["path"] as? String == "sisalto")
    }
}
