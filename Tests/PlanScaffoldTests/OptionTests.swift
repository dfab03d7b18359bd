import PlanModel
import PlanScaffold
import Testing

/// `--region` and `--languages`: what they accept, and a usable message for what they refuse.
@Suite struct OptionTests {
    @Test(arguments: [
        ("Esimerkin hyvinvointialue", "esimerkin-hyvinvointialue"),
        ("Pohjois-Savon hyvinvointialue", "pohjois-savon-hyvinvointialue"),
        ("Länsi-Uudenmaan HVA", "lansi-uudenmaan-hva"),
        ("Åland – Öja", "aland-oja"),
        ("  Keski-Suomi  ", "keski-suomi"),
        ("Itä  --  Uusimaa 2", "ita-uusimaa-2"),
        ("Région Île", "r-gion-le"),
        ("Vantaa ja Kerava!", "vantaa-ja-kerava"),
    ])
    func theRegionIdIsASlugOfItsName(_ name: String, _ id: String) throws {
        let region = try RegionName(name)
        #expect(region.id == id)
        #expect(region.name == name.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        ("", "--region is empty"),
        ("   ", "--region is empty"),
        ("!!!", "has no letters or digits"),
        ("2026 alue", "gives the id '2026-alue', which does not start with a letter"),
        ("Koko maa", "gives the id 'koko-maa', which the new plan already uses"),
        ("Esimerkkikunta", "gives the id 'esimerkkikunta', which the new plan already uses"),
        ("Kaksi\nriviä", "--region must be written on one line"),
    ])
    func aRegionNameWithoutAUsableIdIsRefused(_ name: String, _ message: String) {
        #expect {
            try RegionName(name)
        } throws: { error in
            (error as? ScaffoldError)?.description.contains(message) == true
        }
    }

    @Test(arguments: [
        ("fi,sv", [Language.fi, .sv]),
        ("fi", [.fi]),
        ("fi,sv,en", [.fi, .sv, .en]),
        ("sv, fi", [.sv, .fi]),
        ("en", [.en]),
    ])
    func languagesKeepTheirOrder(_ text: String, _ languages: [Language]) throws {
        #expect(try LanguageList.parse(text) == languages)
    }

    @Test(arguments: [
        ("", "--languages: no language given"),
        ("de", "--languages: 'de' is not a language a site can have; use fi, sv or en"),
        ("FI", "'FI' is not a language"),
        ("fi,", "--languages: 'fi,' has an empty item"),
        ("fi,,sv", "has an empty item"),
        ("fi,sv,fi", "--languages: 'fi' is listed twice"),
    ])
    func wrongLanguagesAreRefused(_ text: String, _ message: String) {
        #expect {
            try LanguageList.parse(text)
        } throws: { error in
            (error as? ScaffoldError)?.description.contains(message) == true
        }
    }
}
