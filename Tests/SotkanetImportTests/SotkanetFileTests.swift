import PlanModel
import Testing
@testable import SotkanetImport

/// Each export format read on its own, and what a broken file says.
@Suite struct SotkanetFileTests {
    func read(_ text: String) -> (SotkanetFile?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        let file = SotkanetFile.read(text, path: "x", problems: &problems)
        return (file, problems)
    }

    func rows(_ text: String) -> [SotkanetRow] {
        guard case .data(let rows)? = read(text).0 else { return [] }
        return rows
    }

    @Test func jsonRowsWithGendersAndGaps() {
        let rows = rows("""
            [{"indicator":181,"region":611,"year":2023,"gender":"female","value":7.6,"absValue":165},
             {"indicator":181,"region":611,"year":2023,"gender":"male","value":null},
             {"indicator":181,"region":612,"year":2022,"gender":"total"}]
            """)
        #expect(rows.map(\.gender) == ["female", "male", "total"])
        #expect(rows.map(\.value) == [7.6, nil, nil])
        #expect(rows[0].absValue == 165)
        #expect(rows[2].location == SourceLocation(path: "x", line: 3, column: 2))
    }

    @Test func csvWithBOMCRLFAndDecimalCommas() {
        let rows = rows("\u{FEFF}indicator;region;year;gender;primary value;absolute value\r\n181;611;2023;male;9,1;215\r\n181;612;2023;total;;\r\n\"181\";\"91\";2022;total;10.2;35001\r\n")
        #expect(rows.count == 3)
        #expect(rows.map(\.value) == [9.1, nil, 10.2])
        #expect(rows.map(\.region) == [611, 612, 91])
        #expect(rows[1].location.line == 3)
    }

    @Test func metadataAndRegions() {
        guard case .metadata(let metadata)? = read(#"{"id":5,"data-updated":"2025-03-12","range":{"start":2010,"end":2024},"title":{"fi":"A","sv":""},"decimals":"2","primaryValueType":{"title":{"fi":"prosenttia"}}}"#).0 else {
            Issue.record("not metadata"); return
        }
        #expect(metadata.updated == Day(year: 2025, month: 3, day: 12))
        #expect(metadata.range == 2010...2024)
        #expect(metadata.title == ["fi": "A"])
        #expect(metadata.decimals == 2)
        guard case .regions(let regions)? = read(#"[{"id":91,"code":"091","category":"KUNTA","title":{"fi":"Helsinki"}}]"#).0 else {
            Issue.record("not regions"); return
        }
        #expect(regions == [SotkanetRegion(id: 91, code: "091", category: "KUNTA", title: ["fi": "Helsinki"])])
    }

    @Test func brokenFilesSayWhereAndWhat() {
        #expect(read("[{\"indicator\": 1,\n  \"region\": 2,, }]").1.map(\.description)
            == ["x:2:15: error: not valid JSON: expected a quoted member name; export the file from Sotkanet again, or download it from https://sotkanet.fi/rest/1.1/json?indicator=…"])
        #expect(read("[{\"indicator\":1,\"region\":2,\"year\":2020,\"gender\":\"all\",\"value\":1}]").1.map(\.message) == ["a data row with a wrong indicator, region, year or gender"])
        #expect(read("[{\"indicator\":1,\"year\":2020,\"gender\":\"total\",\"value\":1}]").1.map(\.description)
            == ["x:1:2: error: a data row without 'region'; every row has indicator, region, year and gender; export the file again"])
        #expect(read("indicator;region;year;gender;primary value\n181;611;2023;total;abc\n").1.map(\.description)
            == ["x:2:20: error: 'abc' is not a number; leave the value empty when it is missing"])
        #expect(read("area,year,value\nx,2020,1\n").1.first?.message == "not a Sotkanet CSV file: the header lacks 'indicator', 'region', 'gender', 'primary value'")
        #expect(read("{\"name\": 1}").1.first?.message == "this JSON object is not an indicator's metadata from Sotkanet")
        #expect(read("[" + String(repeating: "[", count: 300)).1.first?.message == "not valid JSON: the JSON is nested too deeply")
    }

    @Test func unicodeEscapesAndColumnsInCharacters() throws {
        let node = try JSONReader.parse(#"{"fi": "Öölahti \u00e4\ud83d\ude00", "n": -1.5e2}"#)
        #expect(node["fi"]?.string == "Öölahti ä😀")
        #expect(node["n"]?.double == -150)
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse("{\"ä\": tru}") }
        do { _ = try JSONReader.parse("{\"ä\": tru}") } catch { #expect((error.line, error.column) == (1, 7)) }
    }
}
