import Testing
@testable import SotkanetImport

/// The merge into an existing data file keeps the file's own form: its columns, line ends, byte order
/// mark, separator and decimal mark.
@Suite struct DataFileMergeTests {
    typealias O = DataFileMerge.Observation
    let rank: (String) -> Int = { ["alue": 0, "kunta": 1, "maa": 2][$0] ?? 9 }

    @Test func aGroupColumnArrivesWithTheFirstGenderRows() {
        let merged = DataFileMerge.merge(existing: "area,year,value\r\nkunta,2022,5.5\r\n",
                                         imported: [O(area: "kunta", group: "female", year: 2022, value: 6),
                                                    O(area: "kunta", group: "total", year: 2022, value: 5.5)],
                                         areaOrder: rank)
        #expect(merged.text == "area,year,value,group\r\nkunta,2022,5.5,total\r\nkunta,2022,6,female\r\n")
        #expect((merged.added, merged.changed, merged.unchanged) == (1, 0, 1))
    }

    @Test func keepsTheByteOrderMarkAndColumnOrder() {
        let merged = DataFileMerge.merge(existing: "\u{FEFF}year;group;area;value\n2022;total;maa;1,5\n",
                                         imported: [O(area: "maa", group: "total", year: 2023, value: 0.25),
                                                    O(area: "alue", group: "total", year: 2023, value: nil)],
                                         areaOrder: rank)
        #expect(merged.text == "\u{FEFF}year;group;area;value\n2022;total;maa;1,5\n2023;total;maa;0,25\n2023;total;alue;\n")
    }

    @Test func anEmptyOrMissingFileGetsTheCanonicalHeaderAndOrder() {
        let imported = [O(area: "maa", group: "total", year: 2020, value: 1e-7), O(area: "alue", group: "male", year: 2020, value: 2),
                        O(area: "alue", group: "total", year: 2021, value: 3), O(area: "alue", group: "total", year: 2020, value: 1234567.5)]
        let expected = "area,year,value,group\nalue,2020,1234567.5,total\nalue,2021,3,total\nalue,2020,2,male\nmaa,2020,0.0000001,total\n"
        #expect(DataFileMerge.merge(existing: nil, imported: imported, areaOrder: rank).text == expected)
        #expect(DataFileMerge.merge(existing: "", imported: imported, areaOrder: rank).text == expected)
    }

    @Test func aSeriesContinuesBeforeTheNextSeriesStarts() {
        // kunta 2023 follows kunta 2022; alue 2020 goes just before alue's first row, after it.
        let merged = DataFileMerge.merge(existing: "area,year,value,group\nkunta,2022,2,total\nalue,2021,9,total\n",
                                         imported: [O(area: "alue", group: "total", year: 2020, value: 1),
                                                    O(area: "kunta", group: "total", year: 2023, value: 3)],
                                         areaOrder: rank)
        #expect(merged.text == "area,year,value,group\nkunta,2022,2,total\nkunta,2023,3,total\nalue,2020,1,total\nalue,2021,9,total\n")
    }

    @Test func aNewEarliestYearGoesBeforeItsSeries() {
        let merged = DataFileMerge.merge(existing: "area,year,value,group\nkunta,2021,1,total\nkunta,2022,2,total\nalue,2022,9,total\n",
                                         imported: [O(area: "kunta", group: "total", year: 2019, value: 0.5),
                                                    O(area: "alue", group: "total", year: 2023, value: 8)],
                                         areaOrder: rank)
        #expect(merged.text == "area,year,value,group\nkunta,2019,0.5,total\nkunta,2021,1,total\nkunta,2022,2,total\nalue,2022,9,total\nalue,2023,8,total\n")
    }
}
