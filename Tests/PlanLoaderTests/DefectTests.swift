import Testing
@testable import PlanLoader

/// Every defect kind the loader knows, one at a time, with the exact place it is reported at.
@Suite struct DefectTests {
    func messages(_ edit: (inout InlinePlan) -> Void) throws -> [String] {
        var plan = InlinePlan()
        edit(&plan)
        return try plan.messages()
    }

    @Test func baseFixtureIsClean() throws {
        #expect(try InlinePlan().messages() == [])
    }

    @Test func yamlSyntaxErrorInYAMLFile() throws {
        let found = try messages { $0["organizations/oolahti.yaml"] = "name: Öölahden kunta\nkind: [municipality\n" }
        #expect(found.contains { $0.hasPrefix("content/organizations/oolahti.yaml:3:1: error: YAML syntax:") })
    }

    @Test func yamlSyntaxErrorInFrontMatterCountsTheOpeningLine() throws {
        let found = try messages {
            $0["pages/tietoa.md"] = "---\ntitle: Tietoa\nsummary: a: b\n---\nTeksti.\n"
        }
        #expect(found == ["content/pages/tietoa.md:3:11: error: YAML syntax: mapping values are not allowed in this context; put text that contains ': ' in quotes, e.g. title: \"Tavoite: parempi arki\""])
    }

    @Test func missingFrontMatter() throws {
        let found = try messages { $0["pages/tietoa.md"] = "title: Tietoa\n\nTeksti.\n" }
        #expect(found == ["content/pages/tietoa.md:1:1: error: the file does not start with front matter; begin the file with a line '---', the keys (title: …), and another '---' line"])
    }

    @Test func unclosedFrontMatter() throws {
        let found = try messages { $0["pages/tietoa.md"] = "---\ntitle: Tietoa\n\nTeksti.\n" }
        #expect(found == ["content/pages/tietoa.md:1:1: error: the front matter is not closed; add a line '---' after the last key"])
    }

    @Test func unknownKeyWithDidYouMean() throws {
        let found = try messages {
            $0["goals/mielenterveys.md"] = $0["goals/mielenterveys.md"]!.replacingOccurrences(of: "categories:", with: "categores:")
        }
        #expect(found == ["content/goals/mielenterveys.md:4:1: error: unknown key 'categores' in the goal's front matter; did you mean 'categories'?"])
    }

    @Test func missingRequiredKey() throws {
        let found = try messages {
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!.replacingOccurrences(of: "lead: testialue/hyte\n", with: "")
        }
        #expect(found == ["content/measures/opetus.md:2:1: error: missing required key 'lead' in the measure's front matter; add 'lead: …'"])
    }

    @Test func wrongType() throws {
        let found = try messages {
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!.replacingOccurrences(of: "progress: 30", with: "progress: paljon")
        }
        #expect(found == ["content/measures/opetus.md:11:15: error: 'progress' should be a whole number, not 'paljon'"])
    }

    @Test func wrongTypeListForText() throws {
        let found = try messages {
            $0["focus-areas/lapset.md"] = $0["focus-areas/lapset.md"]!.replacingOccurrences(of: "order: 1", with: "order: [1]")
        }
        #expect(found == ["content/focus-areas/lapset.md:3:8: error: 'order' should be a single value, not a list"])
    }

    @Test func statusOutsideItsSet() throws {
        let found = try messages {
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!.replacingOccurrences(of: "status: ongoing", with: "status: ongoin")
        }
        #expect(found == ["content/measures/opetus.md:10:13: error: 'ongoin' is not a valid status; did you mean 'ongoing'? Allowed: planned, ongoing, done, delayed, cancelled"])
    }

    @Test func progressOutsideItsRange() throws {
        let found = try messages {
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!.replacingOccurrences(of: "progress: 30", with: "progress: 130")
        }
        #expect(found == ["content/measures/opetus.md:11:15: error: 'progress' is 130, outside 0–100; write a number from 0 to 100"])
    }

    @Test func betterOutsideItsSet() throws {
        let found = try messages {
            $0["indicators/ahdistus.yaml"] = $0["indicators/ahdistus.yaml"]!.replacingOccurrences(of: "better: lower", with: "better: smaller")
        }
        #expect(found == ["content/indicators/ahdistus.yaml:4:9: error: 'smaller' is not a valid better; write one of: higher, lower, neutral"])
    }

    @Test func levelOutsideItsSet() throws {
        let found = try messages {
            $0["bodies/verkosto.yaml"] = $0["bodies/verkosto.yaml"]!.replacingOccurrences(of: "level: coordination", with: "level: coordinaton")
        }
        #expect(found == ["content/bodies/verkosto.yaml:2:8: error: 'coordinaton' is not a valid level; did you mean 'coordination'? Allowed: strategic, operational, coordination, network, forum"])
    }

    @Test func organisationKindOutsideItsSet() throws {
        let found = try messages {
            $0["organizations/oolahti.yaml"] = $0["organizations/oolahti.yaml"]!.replacingOccurrences(of: "kind: municipality", with: "kind: kunta")
        }
        #expect(found == ["content/organizations/oolahti.yaml:2:7: error: 'kunta' is not a valid kind; write one of: welfare-region, municipality, country, regional-council, association, parish, state, company, other"])
    }

    @Test func eventKindOutsideItsSet() throws {
        let found = try messages {
            $0["calendar/vuosikello.yaml"] = $0["calendar/vuosikello.yaml"]!.replacingOccurrences(of: "kind: report", with: "kind: raportti")
        }
        #expect(found == ["content/calendar/vuosikello.yaml:9:11: error: 'raportti' is not a valid kind; did you mean 'report'? Allowed: negotiation, budget, financial-statement, report, meeting, forum, training, election, other"])
    }

    @Test func languageOutsideItsSet() throws {
        let found = try messages {
            $0["site.yaml"] = $0["site.yaml"]!.replacingOccurrences(of: "languages: [fi, sv]", with: "languages: [fi, se]")
        }
        #expect(found == ["content/site.yaml:5:17: error: 'se' is not a supported language; did you mean 'sv'? Allowed: fi, sv, en"])
    }

    @Test func categoryOutsideItsSet() throws {
        let found = try messages {
            $0["goals/mielenterveys.md"] = $0["goals/mielenterveys.md"]!.replacingOccurrences(of: "[hyte-kerroin]", with: "[hyte-kerroin, terveyserot, tasa-arvo]")
        }
        #expect(found == ["content/goals/mielenterveys.md:4:41: error: 'tasa-arvo' is not a valid category; did you mean 'talousarvio'? Allowed: hyte-kerroin, talousarvio, yhdyspinta, terveyserot, integraatio"])
    }

    @Test func invalidDate() throws {
        let found = try messages {
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!.replacingOccurrences(of: "date: 2026-09-30", with: "date: 2026-09-31")
        }
        #expect(found == ["content/measures/opetus.md:9:11: error: '2026-09-31' is not a valid date for 'date'; write the date as YYYY-MM-DD, e.g. 2026-05-12"])
    }

    @Test func invalidMonth() throws {
        let found = try messages {
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!.replacingOccurrences(of: "end: 2027-12", with: "end: 2027-13")
        }
        #expect(found == ["content/measures/opetus.md:6:33: error: '2027-13' is not a valid month for 'end'; write the month as YYYY-MM, e.g. 2026-09"])
    }

    @Test func danglingFocusArea() throws {
        let found = try messages {
            $0["goals/mielenterveys.md"] = $0["goals/mielenterveys.md"]!.replacingOccurrences(of: "focus_area: lapset", with: "focus_area: lapsett")
        }
        #expect(found.contains("content/goals/mielenterveys.md:3:13: error: unknown focus area 'lapsett'; did you mean 'lapset'?"))
    }

    @Test func danglingGoal() throws {
        let found = try messages {
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!.replacingOccurrences(of: "goals: [mielenterveys]", with: "goals: [mielenterveys, hyvinvointi]")
        }
        #expect(found == ["content/measures/opetus.md:3:24: error: unknown goal 'hyvinvointi'; did you mean 'mielenterveys'?"])
    }

    @Test func danglingIndicator() throws {
        let found = try messages {
            $0["goals/mielenterveys.md"] = $0["goals/mielenterveys.md"]!.replacingOccurrences(of: "indicator: ahdistus", with: "indicator: ahdistuneisuus")
        }
        #expect(found == ["content/goals/mielenterveys.md:7:16: error: unknown indicator 'ahdistuneisuus'; did you mean 'ahdistus'?"])
    }

    @Test func danglingOrganisation() throws {
        let found = try messages {
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!.replacingOccurrences(of: "partners: [all-municipalities]", with: "partners: [all-municipalities, aakola]")
        }
        #expect(found == ["content/measures/opetus.md:5:32: error: unknown organisation 'aakola'; did you mean 'aakkola'?"])
    }

    @Test func danglingUnit() throws {
        let found = try messages {
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!.replacingOccurrences(of: "lead: testialue/hyte", with: "lead: testialue/hyt")
        }
        #expect(found == ["content/measures/opetus.md:4:7: error: 'testialue' has no unit 'hyt'; did you mean 'testialue/hyte'?"])
    }

    @Test func danglingBody() throws {
        let found = try messages {
            $0["calendar/vuosikello.yaml"] = $0["calendar/vuosikello.yaml"]!.replacingOccurrences(of: "body: verkosto", with: "body: verkko")
        }
        #expect(found == ["content/calendar/vuosikello.yaml:6:11: error: unknown body 'verkko'; did you mean 'verkosto'?"])
    }

    @Test func danglingCSVArea() throws {
        let found = try messages {
            $0["data/ahdistus.csv"] = $0["data/ahdistus.csv"]! + "\nolahti,2023,17.0,total"
        }
        #expect(found == ["content/data/ahdistus.csv:8:1: error: unknown area 'olahti'; did you mean 'oolahti'?"])
    }

    @Test func unparseableCSVValue() throws {
        let found = try messages {
            $0["data/ahdistus.csv"] = $0["data/ahdistus.csv"]!.replacingOccurrences(of: "aakkola,2023,18.1", with: "aakkola,2023,18.1x")
        }
        #expect(found == ["content/data/ahdistus.csv:5:14: error: cannot read '18.1x' as a number; write a number such as 12.4, or leave the value empty when it is missing"])
    }

    @Test func semicolonCSVWithDecimalComma() throws {
        var plan = InlinePlan()
        plan["data/ahdistus.csv"] = "area;year;value;group\ntestialue;2023;17,2;total\nkoko-maa;2023;;total\n"
        let result = try plan.load()
        #expect(result.diagnostics.contentProblems.map(\.description) == [])
        let indicator = try #require(result.plan?.indicator("ahdistus"))
        #expect(indicator.value(area: "testialue", year: 2023) == 17.2)
        #expect(indicator.series(area: "koko-maa").first?.value == nil)
    }

    @Test func danglingReferenceInChartBlock() throws {
        let found = try messages {
            $0["reports/vuosiraportti.md"] = $0["reports/vuosiraportti.md"]!.replacingOccurrences(of: "indicator: ahdistus", with: "indicator: ahdistu")
        }
        #expect(found == ["content/reports/vuosiraportti.md:14:12: error: unknown indicator 'ahdistu'; did you mean 'ahdistus'?"])
    }

    @Test func danglingReferenceInTableBlock() throws {
        let found = try messages {
            $0["reports/vuosiraportti.md"] = $0["reports/vuosiraportti.md"]!.replacingOccurrences(of: "focus_area: lapset", with: "focus_area: lapsi")
        }
        #expect(found == ["content/reports/vuosiraportti.md:9:13: error: unknown focus area 'lapsi'; did you mean 'lapset'?"])
    }

    @Test func unknownKeyAndTypeInBlocks() throws {
        let found = try messages {
            $0["reports/vuosiraportti.md"] = $0["reports/vuosiraportti.md"]!
                .replacingOccurrences(of: "type: measures", with: "type: measure")
                .replacingOccurrences(of: "type: trend", with: "type: trend\nareas_: [testialue]")
        }
        #expect(found == [
            "content/reports/vuosiraportti.md:8:7: error: 'measure' is not a valid type; did you mean 'measures'? Allowed: goals, measures, indicators, responsibilities, calendar, bodies, contacts",
            "content/reports/vuosiraportti.md:14:1: error: unknown key 'areas_' in the chart block; did you mean 'areas'?",
        ])
    }

    @Test func warningsDoNotFailTheLoad() throws {
        var plan = InlinePlan()
        plan["goals/yksinaisyys.md"] = "---\ntitle: Yksinäisyys vähenee\nfocus_area: lapset\n---\n"
        plan["measures/opetus.md"] = plan["measures/opetus.md"]!.replacingOccurrences(of: "end: 2027-12", with: "end: 2026-06")
        plan["goals/mielenterveys.md"] = plan["goals/mielenterveys.md"]!.replacingOccurrences(of: "year: 2023}", with: "year: 2022}")
        let result = try plan.load()
        #expect(result.plan != nil)
        #expect(result.diagnostics.contentProblems.map(\.description) == [
            "content/goals/mielenterveys.md:8:15: warning: 'ahdistus' has no data for testialue in the baseline year 2022; the nearest year with data is 2021",
            "content/goals/yksinaisyys.md:1:1: warning: the goal 'yksinaisyys' has no measures; list it under goals: in at least one measure",
            "content/measures/opetus.md:6:33: warning: the schedule ended 2026-06 but the status is still ongoing; add a follow-up entry with status done or cancelled, or extend the schedule",
        ])
    }

    @Test func allErrorsOfARunTogether() throws {
        let found = try messages {
            $0["goals/mielenterveys.md"] = $0["goals/mielenterveys.md"]!.replacingOccurrences(of: "focus_area: lapset", with: "focus_area: lapsett")
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!.replacingOccurrences(of: "status: ongoing", with: "status: valmis")
            $0["data/ahdistus.csv"] = $0["data/ahdistus.csv"]!.replacingOccurrences(of: "2021,16.0", with: "2021,kuusitoista")
        }
        #expect(found.count == 3)
        #expect(found.map { $0.split(separator: ":").first! } == ["content/data/ahdistus.csv", "content/goals/mielenterveys.md", "content/measures/opetus.md"])
    }

    @Test func siteErrorsDoNotHideOtherFilesErrors() throws {
        let found = try messages {
            $0["site.yaml"] = $0["site.yaml"]!.replacingOccurrences(of: "base_url: https://hyte.example.fi/", with: "base_url: hyte.example.fi")
            $0["goals/mielenterveys.md"] = $0["goals/mielenterveys.md"]!.replacingOccurrences(of: "focus_area: lapset", with: "focus_area: lapsett")
        }
        #expect(found == [
            "content/goals/mielenterveys.md:3:13: error: unknown focus area 'lapsett'; did you mean 'lapset'?",
            "content/site.yaml:6:11: error: 'hyte.example.fi' is not a web address; write the full address, e.g. https://hyvinvointi.example.fi/",
        ])
    }

    @Test func pageIDMustNotTakeASectionName() throws {
        let found = try messages { $0["pages/vastuut.md"] = "---\ntitle: Vastuut\n---\n" }
        #expect(found == ["content/pages/vastuut.md:1:1: error: the page id 'vastuut' is the name of a section of the site; rename the file, e.g. pages/vastuut-sivu.md"])
    }

    @Test func emptyQuotedTitleIsAnError() throws {
        let found = try messages { $0["pages/tietoa.md"] = "---\ntitle: \"\"\n---\n" }
        #expect(found == ["content/pages/tietoa.md:2:8: error: 'title' is empty; write a value, or remove the key if it is optional"])
    }

    @Test func emptyTextMapIsAnError() throws {
        let found = try messages {
            $0["goals/mielenterveys.md"] = $0["goals/mielenterveys.md"]!.replacingOccurrences(of: "title: Nuorten mielenterveys paranee", with: "title: {fi: ~}")
        }
        #expect(found == ["content/goals/mielenterveys.md:2:8: error: 'title' has no text; write the text, e.g. title: {fi: …, sv: …}"])
    }

    @Test func fileWithOnlyCommentsIsAnError() throws {
        let found = try messages { $0["organizations/oolahti.yaml"] = "# Öölahti\n# kind: municipality\n" }
        #expect(found.first == "content/organizations/oolahti.yaml:1:1: error: the file is empty; write the keys of this kind, or remove the file")
    }
}

/// Inputs the robustness properties found mishandled, each kept as an exact case.
extension DefectTests {
    @Test func aliasBombInAKeyIsRefusedAtTheAlias() throws {
        // Yams hashed the key's 10^12 values to look for duplicate keys: the load never ended. Now the
        // alias at which the document passes 100 000 values is reported, before Yams composes it.
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<12 { lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]") }
        lines.append("? *l11\n: x")
        let found = try messages { $0["indicators/ahdistus.yaml"] = lines.joined(separator: "\n") + "\n" }
        #expect(found == ["content/indicators/ahdistus.yaml:5:45: error: this alias makes the file stand for more than 100000 values; write the values out instead of repeating anchors (&name) and aliases (*name)"])
    }

    @Test func aFewAliasesStillWork() throws {
        let found = try messages {
            $0["measures/opetus.md"] = $0["measures/opetus.md"]!
                .replacingOccurrences(of: "lead: testialue/hyte", with: "lead: &lead testialue/hyte")
                .replacingOccurrences(of: "partners: [all-municipalities]", with: "partners: [*lead]")
        }
        #expect(found == [])
    }

    @Test func oldMacLineEndsEndRows() throws {
        // A lone CR did not end a CSV row (nor a front matter line), though YAML and cmark count it.
        let found = try messages {
            $0["data/ahdistus.csv"] = "area,year,value,group\rtestialue,2023,17.2,total\raakkola,2023,x,total\r"
        }
        #expect(found == ["content/data/ahdistus.csv:3:14: error: cannot read 'x' as a number; write a number such as 12.4, or leave the value empty when it is missing"])
    }

    @Test func oldMacLineEndsInMarkdown() throws {
        // The front matter was not found at all, and blocks after lone CRs were counted lines too early.
        let found = try messages {
            $0["reports/vuosiraportti.md"] = "---\rtitle: Raportti\r---\r\r\n```chart\rtype: trendi\r```\r"
        }
        #expect(found == ["content/reports/vuosiraportti.md:6:7: error: 'trendi' is not a valid type; did you mean 'trend'? Allowed: trend, compare, progress, status, clock, structure"])
    }

    @Test func indentedBlockReportsTheColumnInTheFile() throws {
        // cmark cuts the indentation (or a list or quote marker) from the block's lines.
        let found = try messages {
            $0["reports/vuosiraportti.md"] = "---\ntitle: Raportti\n---\n- kohta\n\n  ```chart\n  type: trendi\n  ```\n\n> ```table\n> typ: goals\n> ```\n"
        }
        #expect(found == [
            "content/reports/vuosiraportti.md:7:9: error: 'trendi' is not a valid type; did you mean 'trend'? Allowed: trend, compare, progress, status, clock, structure",
            "content/reports/vuosiraportti.md:11:3: error: missing required key 'type' in the table block; add 'type: …'",
            "content/reports/vuosiraportti.md:11:3: error: unknown key 'typ' in the table block; did you mean 'type'?",
        ])
    }

    @Test func aDataFileWithAnErrorOnEveryRowListsTheFirstHundred() throws {
        // Duplicates are found after sorting, so the hundred listed must still be the first by line.
        var rows = ["area,year,value,group", "testialue,2023,1.0,total"]
        rows += Array(repeating: "testialue,2023,2.0,total", count: 50)
        rows += (0..<100).map { "aakkola,\(1950 + $0),1.0.0,total" }
        let found = try messages { $0["data/ahdistus.csv"] = rows.joined(separator: "\n") + "\n" }
        #expect(found.count == 101)
        #expect(found.first == "content/data/ahdistus.csv:3:1: error: a second row for testialue, 2023, total; the first is on line 2; keep one")
        #expect(found[99] == "content/data/ahdistus.csv:102:14: error: cannot read '1.0.0' as a number; write a number such as 12.4, or leave the value empty when it is missing")
        #expect(found.last == "content/data/ahdistus.csv:103:14: error: 50 more errors in this file are not listed; fix the first ones: a wrong separator or decimal mark often breaks every row")
    }
}
