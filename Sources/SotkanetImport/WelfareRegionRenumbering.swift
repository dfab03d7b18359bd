/// Sotkanet's 2023 renumbering of the welfare regions (HYVINVOINTIALUE): both the region ids and the
/// codes changed, and the old codes are the new codes of other regions (Pirkanmaa went from 4 to 08,
/// Vantaa and Kerava from 21 to 04). A plan written before it would match a stranger by code, so the
/// import recognises the old numbers and says what to write instead.
///
/// Source: rOpenGov/sotkanet, `inst/extdata/sotkanet_hyvinvointialueet.csv` (commit 4e241766, 2024-07-10;
/// columns nimi, uusi_id, vanha_id, uusi_code, vanha_code). The new ids and zero-padded codes agree with
/// the region list Sotkanet serves (rOpenGov's tutorial output of 2024-07-15: 966 "02", 975 "09",
/// 964 "18", 977 "04", 963 "07", 972 "14"). The names in other forms are ours, for telling by an
/// organisation's name which region a plan means when its code is both an old and a new one.
struct WelfareRegionRenumbering: Sendable {
    struct Region: Sendable, Equatable {
        /// Sotkanet's Finnish title.
        var name: String
        var oldID: Int?
        var oldCode: String?
        var id: Int
        /// As Sotkanet writes it, zero-padded.
        var code: String
        /// Ways the region is named in organisation names (Finnish genitive and nominative, Swedish).
        var forms: [String]
    }

    static let regions: [Region] = [
        Region(name: "Ahvenanmaa", oldID: nil, oldCode: nil, id: 956, code: "91", forms: ["Ahvenanmaan", "Ahvenanmaa", "Åland", "Ålands"]),
        Region(name: "Etelä-Karjalan hyvinvointialue", oldID: 877, oldCode: "7", id: 957, code: "11",
               forms: ["Etelä-Karjalan", "Etelä-Karjala", "Södra Karelens", "Södra Karelen"]),
        Region(name: "Etelä-Pohjanmaan hyvinvointialue", oldID: 878, oldCode: "12", id: 958, code: "16",
               forms: ["Etelä-Pohjanmaan", "Etelä-Pohjanmaa", "Södra Österbottens", "Södra Österbotten"]),
        Region(name: "Etelä-Savon hyvinvointialue", oldID: 879, oldCode: "8", id: 959, code: "12",
               forms: ["Etelä-Savon", "Etelä-Savo", "Södra Savolax"]),
        Region(name: "Helsingin kaupunki", oldID: 880, oldCode: "22", id: 960, code: "90",
               forms: ["Helsingin kaupunki", "Helsingin", "Helsinki", "Helsingfors stad", "Helsingfors"]),
        Region(name: "Itä-Uudenmaan hyvinvointialue", oldID: 881, oldCode: "18", id: 961, code: "01",
               forms: ["Itä-Uudenmaan", "Itä-Uusimaa", "Östra Nylands", "Östra Nyland"]),
        Region(name: "Kainuun hyvinvointialue", oldID: 882, oldCode: "16", id: 962, code: "20",
               forms: ["Kainuun", "Kainuu", "Kajanalands", "Kajanaland"]),
        Region(name: "Kanta-Hämeen hyvinvointialue", oldID: 883, oldCode: "3", id: 963, code: "07",
               forms: ["Kanta-Hämeen", "Kanta-Häme", "Egentliga Tavastlands", "Egentliga Tavastland"]),
        Region(name: "Keski-Pohjanmaan hyvinvointialue", oldID: 884, oldCode: "14", id: 964, code: "18",
               forms: ["Keski-Pohjanmaan", "Keski-Pohjanmaa", "Mellersta Österbottens", "Mellersta Österbotten"]),
        Region(name: "Keski-Suomen hyvinvointialue", oldID: 885, oldCode: "11", id: 965, code: "15",
               forms: ["Keski-Suomen", "Keski-Suomi", "Mellersta Finlands", "Mellersta Finland"]),
        Region(name: "Keski-Uudenmaan hyvinvointialue", oldID: 886, oldCode: "19", id: 966, code: "02",
               forms: ["Keski-Uudenmaan", "Keski-Uusimaa", "Mellersta Nylands", "Mellersta Nyland"]),
        Region(name: "Kymenlaakson hyvinvointialue", oldID: 887, oldCode: "6", id: 967, code: "10",
               forms: ["Kymenlaakson", "Kymenlaakso", "Kymmenedalens", "Kymmenedalen"]),
        Region(name: "Lapin hyvinvointialue", oldID: 888, oldCode: "17", id: 968, code: "21",
               forms: ["Lapin", "Lappi", "Lapplands", "Lappland"]),
        Region(name: "Länsi-Uudenmaan hyvinvointialue", oldID: 889, oldCode: "20", id: 969, code: "03",
               forms: ["Länsi-Uudenmaan", "Länsi-Uusimaa", "Västra Nylands", "Västra Nyland"]),
        Region(name: "Pirkanmaan hyvinvointialue", oldID: 890, oldCode: "4", id: 970, code: "08",
               forms: ["Pirkanmaan", "Pirkanmaa", "Birkalands", "Birkaland"]),
        Region(name: "Pohjanmaan hyvinvointialue", oldID: 891, oldCode: "13", id: 971, code: "17",
               forms: ["Pohjanmaan", "Pohjanmaa", "Österbottens", "Österbotten"]),
        Region(name: "Pohjois-Karjalan hyvinvointialue", oldID: 892, oldCode: "10", id: 972, code: "14",
               forms: ["Pohjois-Karjalan", "Pohjois-Karjala", "Norra Karelens", "Norra Karelen"]),
        Region(name: "Pohjois-Pohjanmaan hyvinvointialue", oldID: 893, oldCode: "15", id: 973, code: "19",
               forms: ["Pohjois-Pohjanmaan", "Pohjois-Pohjanmaa", "Norra Österbottens", "Norra Österbotten"]),
        Region(name: "Pohjois-Savon hyvinvointialue", oldID: 894, oldCode: "9", id: 974, code: "13",
               forms: ["Pohjois-Savon", "Pohjois-Savo", "Norra Savolax"]),
        Region(name: "Päijät-Hämeen hyvinvointialue", oldID: 895, oldCode: "5", id: 975, code: "09",
               forms: ["Päijät-Hämeen", "Päijät-Häme", "Päijänne-Tavastlands", "Päijänne-Tavastland"]),
        Region(name: "Satakunnan hyvinvointialue", oldID: 896, oldCode: "2", id: 976, code: "06",
               forms: ["Satakunnan", "Satakunta"]),
        Region(name: "Vantaan ja Keravan hyvinvointialue", oldID: 897, oldCode: "21", id: 977, code: "04",
               forms: ["Vantaan ja Keravan", "Vantaa ja Kerava", "Vantaa-Kerava", "Vanda och Kervo"]),
        Region(name: "Varsinais-Suomen hyvinvointialue", oldID: 898, oldCode: "1", id: 978, code: "05",
               forms: ["Varsinais-Suomen", "Varsinais-Suomi", "Egentliga Finlands", "Egentliga Finland"]),
    ]

    /// Looked up for every row of an import that no id matched: a dictionary, not a scan.
    private static let byOldID = Dictionary(uniqueKeysWithValues: regions.compactMap { region in region.oldID.map { ($0, region) } })
    static func region(oldID: Int) -> Region? { byOldID[oldID] }
    static func region(oldCode code: String) -> Region? { regions.first { $0.oldCode.map(RegionMatcher.normal) == RegionMatcher.normal(code) } }
    static func region(code: String) -> Region? { regions.first { RegionMatcher.normal($0.code) == RegionMatcher.normal(code) } }

    /// The region an organisation's names speak of: the one whose longest form appears in them as
    /// whole words ("Södra Österbottens välfärdsområde" is Etelä-Pohjanmaa, not Pohjanmaa); nil when
    /// none does or two tie.
    static func region(named names: [String]) -> Region? {
        let scored = regions.compactMap { region -> (region: Region, words: Int)? in
            let words = region.forms.filter { form in names.contains { contains($0, form) } }.map { tokens($0).count }.max()
            return words.map { (region, $0) }
        }
        guard let most = scored.map(\.words).max() else { return nil }
        let best = scored.filter { $0.words == most }
        return best.count == 1 ? best[0].region : nil
    }

    private static func tokens(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" })
    }

    private static func contains(_ name: String, _ form: String) -> Bool {
        let (haystack, needle) = (tokens(name), tokens(form))
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { Array(haystack[$0..<($0 + needle.count)]) == needle }
    }
}
