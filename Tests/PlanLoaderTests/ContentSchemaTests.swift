import Foundation
import PlanModel
import Testing
@testable import PlanLoader

/// The editor schemas agree with the loader: the example plan validates, and what the loader
/// refuses (unknown keys, missing required keys, wrong values) the schemas refuse too.
/// Validation runs in Python's `jsonschema` (Draft202012Validator), YAML read by PyYAML.
@Suite struct ContentSchemaTests {
    static let contentRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("content")

    // MARK: The schemas themselves

    @Test func everySchemaIsValidJSONAndValidPerTheMetaschema() throws {
        for kind in ContentSchema.allKinds {
            let text = ContentSchema.schema(kind)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(kind)")
            #expect(object["$id"] as? String == "https://hyte.example.fi/schema/\(kind).schema.json")
            #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
            #expect((object["title"] as? String)?.isEmpty == false)
            #expect((object["description"] as? String)?.isEmpty == false)
            #expect(text == ContentSchema.schema(kind), "the same kind gives the same text")
        }
        let result = try SchemaCheck.run([])
        for kind in ContentSchema.allKinds {
            #expect(result.metaschemaErrors[kind] == "", "\(kind): \(result.metaschemaErrors[kind] ?? "not checked")")
            #expect(result.canonical[kind] == true, "\(kind) is not json.dumps(indent=2, sort_keys=True) text")
        }
    }

    @Test func kindsAndNames() {
        #expect(ContentSchema.kinds == ["site", "organization", "focus-area", "goal", "measure", "indicator", "body",
                                        "calendar", "interface", "report", "page"])
        #expect(ContentSchema.translationKinds == ["focus-area", "goal", "measure", "interface", "report", "page"])
        #expect(ContentSchema.allKinds.count == 11 + 6 + 2)
        #expect(ContentSchema.contentPattern("site") == "site.yaml")
        #expect(ContentSchema.contentPattern("body") == "bodies/*.yaml")
        #expect(ContentSchema.contentPattern("goal") == "goals/*.md")
        #expect(ContentSchema.contentPattern("goal.translation") == "goals/*.*.md")
        #expect(ContentSchema.contentPattern("chart") == nil)
    }

    /// Every key the loader accepts has a type, every typed key is accepted, every property is described.
    @Test func schemasAreBuiltFromTheLoadersKeys() throws {
        for kind in ContentSchema.allKinds {
            #expect(ContentSchema.problems(kind) == [], "\(kind)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(ContentSchema.schema(kind).utf8)) as? [String: Any])
            Self.forEachProperty(object, path: kind) { path, property in
                let description = (property as? [String: Any])?["description"] as? String
                #expect(description?.isEmpty == false, "\(path) has no description")
            }
        }
        func keys(_ kind: String, _ path: [String] = []) throws -> Set<String> {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(ContentSchema.schema(kind).utf8)) as? [String: Any])
            for key in path {
                let property = try #require((object["properties"] as? [String: Any])?[key] as? [String: Any])
                object = try #require((property["items"] as? [String: Any]) ?? property)
            }
            return Set((object["properties"] as? [String: Any] ?? [:]).keys)
        }
        #expect(try keys("site") == Set(SiteDecoder.keys))
        #expect(try keys("site", ["accessibility"]) == Set(SiteDecoder.accessibilityKeys))
        #expect(try keys("goal") == Set(GoalDecoder.keys))
        #expect(try keys("goal", ["targets"]) == Set(GoalDecoder.targetKeys))
        #expect(try keys("measure") == Set(MeasureDecoder.keys))
        #expect(try keys("organization") == Set(OrganizationDecoder.keys))
        #expect(try keys("focus-area") == Set(FocusAreaDecoder.keys))
        #expect(try keys("indicator") == Set(IndicatorDecoder.keys))
        #expect(try keys("body") == Set(BodyDecoder.keys))
        #expect(try keys("calendar", ["events"]) == Set(CalendarDecoder.eventKeys))
        #expect(try keys("interface") == Set(InterfaceDecoder.keys))
        #expect(try keys("report") == Set(ReportDecoder.keys))
        #expect(try keys("page") == Set(PageDecoder.keys))
        #expect(try keys("chart") == Set(BlockDecoder.chartKeys))
        #expect(try keys("table") == Set(BlockDecoder.tableKeys))
        #expect(try keys("goal.translation") == Set(GoalDecoder.translatable))
        #expect(try keys("focus-area.translation") == Set(FocusAreaDecoder.translatable))
    }

    static func forEachProperty(_ value: Any, path: String, _ body: (String, Any) -> Void) {
        if let object = value as? [String: Any] {
            if let properties = object["properties"] as? [String: Any] {
                for (key, property) in properties {
                    body("\(path)/\(key)", property)
                    forEachProperty(property, path: "\(path)/\(key)", body)
                }
            }
            // `if` only tests a value (chart type → needed keys); it defines no property.
            for (key, child) in object where key != "properties" && key != "if" { forEachProperty(child, path: path, body) }
        } else if let array = value as? [Any] {
            for item in array { forEachProperty(item, path: path, body) }
        }
    }

    // MARK: The example plan

    /// Every YAML file, every front matter and every chart/table block of `content/` validates.
    @Test func exampleContentValidates() throws {
        let documents = try Self.contentDocuments()
        let kinds = Set(documents.map(\.kind))
        for kind in ContentSchema.kinds + ContentSchema.blockKinds {
            #expect(kinds.contains(kind), "no \(kind) in the example content")
        }
        #expect(kinds.contains(ContentSchema.translationKind("goal")))
        let result = try SchemaCheck.run(documents)
        #expect(result.documents.count == documents.count)
        for document in result.documents {
            #expect(document.yamlError == nil, "\(document.name): \(document.yamlError ?? "")")
            #expect(document.errors.isEmpty, "\(document.name): \(document.errors.map(\.description).joined(separator: "\n"))")
        }
    }

    /// The YAML of every content file as the loader sees it, with the schema kind that applies.
    static func contentDocuments() throws -> [SchemaCheck.Document] {
        var documents: [SchemaCheck.Document] = [
            .init(name: "site.yaml", kind: "site", yaml: try read(contentRoot.appendingPathComponent("site.yaml"))),
        ]
        for kind in ContentSchema.kinds where kind != "site" {
            let folder = try #require(ContentSchema.folders[kind])
            let names = try FileManager.default.contentsOfDirectory(atPath: contentRoot.appendingPathComponent(folder).path)
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = "\(folder)/\(name)"
                let text = try read(contentRoot.appendingPathComponent(path))
                guard ContentSchema.markdownKinds.contains(kind) else {
                    documents.append(.init(name: path, kind: kind, yaml: text))
                    continue
                }
                let isTranslation = name.split(separator: ".").count == 3
                documents.append(.init(name: path, kind: isTranslation ? ContentSchema.translationKind(kind) : kind,
                                       yaml: try frontMatter(text, path)))
                documents += blocks(in: text, path)
            }
        }
        return documents
    }

    static func read(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// The front matter, split as the loader splits it.
    static func frontMatter(_ text: String, _ path: String = "") throws -> String {
        switch FrontMatter.split(text) {
        case .success(let front): return front.yaml
        case .failure(let problem): throw SchemaCheck.Failure("\(path): \(problem)")
        }
    }

    /// The YAML of ```` ```chart ```` and ```` ```table ```` blocks.
    static func blocks(in text: String, _ path: String) -> [SchemaCheck.Document] {
        var documents: [SchemaCheck.Document] = []
        var open: (kind: String, line: Int, lines: [String])?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let block = open {
                if trimmed == "```" || trimmed == "~~~" {
                    documents.append(.init(name: "\(path):\(block.line) \(block.kind) block", kind: block.kind,
                                           yaml: block.lines.joined(separator: "\n")))
                    open = nil
                } else {
                    open?.lines.append(String(line))
                }
            } else if let kind = ContentSchema.blockKinds.first(where: { trimmed == "```\($0)" || trimmed == "~~~\($0)" }) {
                open = (kind, number + 1, [])
            }
        }
        return documents
    }

    // MARK: Unknown keys

    @Test func misspeltKeyIsRejectedBySchemaAndLoader() throws {
        var plan = InlinePlan()
        let goal = plan["goals/mielenterveys.md"]!.replacingOccurrences(of: "focus_area:", with: "focus_aera:")
        plan["goals/mielenterveys.md"] = goal
        let messages = try plan.messages()
        #expect(messages.contains(
            "content/goals/mielenterveys.md:3:1: error: unknown key 'focus_aera' in the goal's front matter; did you mean 'focus_area'?"),
            "\(messages)")
        let result = try SchemaCheck.run([.init(name: "goal", kind: "goal", yaml: try Self.frontMatter(goal))])
        let errors = try #require(result.documents.first).errors
        #expect(errors.contains { $0.validator == "additionalProperties" && $0.message.contains("'focus_aera' was unexpected") },
                "\(errors.map(\.description))")
        #expect(errors.contains { $0.validator == "required" && $0.message.contains("'focus_area'") })
    }

    // MARK: Required keys

    /// A small valid file per mapping that has required keys; each required key is on a line of its own
    /// marked `# req`. Dropping one such line must make both the loader and the schema refuse the file.
    struct RequiredFixture {
        var object: String
        var file: String
        var yaml: String

        var kind: String { String(object.split(separator: "/")[0]) }

        func fileText(_ yaml: String) -> String {
            if ContentSchema.blockKinds.contains(kind) { return "---\ntitle: Raportti\n---\n```\(kind)\n\(yaml)\n```\n" }
            return file.hasSuffix(".md") ? "---\n\(yaml)\n---\nTeksti.\n" : yaml + "\n"
        }

        var requiredLines: [(key: String, line: Int)] {
            yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { number, line in
                guard line.hasSuffix("# req") else { return nil }
                return (String(line.drop(while: { $0 == " " || $0 == "-" }).prefix(while: { $0 != ":" })), number)
            }
        }

        func without(line: Int) -> String {
            var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            lines.remove(at: line)
            return lines.joined(separator: "\n")
        }
    }

    static let site = """
        title: Testi
        region: testialue
        languages: [fi, sv]
        base_url: https://hyte.example.fi/
        """

    static let requiredFixtures: [RequiredFixture] = [
        .init(object: "site", file: "site.yaml", yaml: """
            title: Testi  # req
            region: testialue  # req
            term: {start: 2026, end: 2029}  # req
            languages: [fi, sv]  # req
            base_url: https://hyte.example.fi/  # req
            accessibility: {conformance: none, feedback_email: a@example.fi, prepared: 2026-01-15}  # req
            """),
        .init(object: "site/term", file: "site.yaml", yaml: site + """

            accessibility: {conformance: none, feedback_email: a@example.fi, prepared: 2026-01-15}
            term:
              start: 2026  # req
              end: 2029  # req
            """),
        .init(object: "site/accessibility", file: "site.yaml", yaml: site + """

            term: {start: 2026, end: 2029}
            accessibility:
              conformance: none  # req
              issues: []
              feedback_email: a@example.fi  # req
              prepared: 2026-01-15  # req
            """),
        .init(object: "organization", file: "organizations/oolahti.yaml", yaml: """
            name: Öölahden kunta  # req
            kind: municipality  # req
            code: "002"
            """),
        .init(object: "organization/units", file: "organizations/testialue.yaml", yaml: """
            name: Testialue
            kind: welfare-region
            units:
              -
                id: hyte  # req
                name: Hyvinvointi  # req
            """),
        .init(object: "organization/contacts", file: "organizations/aakkola.yaml", yaml: """
            name: Aakkolan kunta
            kind: municipality
            contacts:
              -
                name: Hyte-yhdyshenkilö  # req
                email: hyte@aakkola.example.fi
            """),
        .init(object: "focus-area", file: "focus-areas/lapset.md", yaml: """
            title: Lapset ja nuoret  # req
            order: 1  # req
            summary: Lasten ja nuorten hyvinvointi.
            """),
        .init(object: "goal", file: "goals/mielenterveys.md", yaml: """
            title: Nuorten mielenterveys paranee  # req
            focus_area: lapset  # req
            categories: [hyte-kerroin]
            """),
        .init(object: "goal/targets", file: "goals/mielenterveys.md", yaml: """
            title: Nuorten mielenterveys paranee
            focus_area: lapset
            targets:
              -
                indicator: ahdistus  # req
                baseline: {year: 2023}  # req
                target: {year: 2029, value: 14.0}  # req
            """),
        .init(object: "goal/targets/baseline", file: "goals/mielenterveys.md", yaml: """
            title: Nuorten mielenterveys paranee
            focus_area: lapset
            targets:
              - indicator: ahdistus
                target: {year: 2029, value: 14.0}
                baseline:
                  year: 2023  # req
                  value: 17.2
            """),
        .init(object: "goal/targets/target", file: "goals/mielenterveys.md", yaml: """
            title: Nuorten mielenterveys paranee
            focus_area: lapset
            targets:
              - indicator: ahdistus
                baseline: {year: 2023}
                target:
                  year: 2029  # req
                  value: 14.0  # req
            """),
        .init(object: "measure", file: "measures/opetus.md", yaml: """
            title: Mielenterveystaitojen opetus  # req
            goals: [mielenterveys]  # req
            lead: testialue/hyte  # req
            partners: [all-municipalities]
            """),
        .init(object: "measure/follow_up", file: "measures/opetus.md", yaml: """
            title: Mielenterveystaitojen opetus
            goals: mielenterveys
            lead: testialue/hyte
            follow_up:
              -
                date: 2026-09-30  # req
                status: ongoing  # req
                progress: 30
            """),
        .init(object: "indicator", file: "indicators/ahdistus.yaml", yaml: """
            name: {fi: Ahdistuneisuus, sv: Ångest}  # req
            unit: "%"  # req
            decimals: 1  # req
            better: lower  # req
            source: THL Sotkanet  # req
            hyte_kerroin: true
            """),
        .init(object: "indicator/source", file: "indicators/ahdistus.yaml", yaml: """
            name: Ahdistuneisuus
            unit: "%"
            decimals: 1
            better: lower
            source:
              name: THL Sotkanet  # req
              sotkanet_id: 5000
            """),
        .init(object: "body", file: "bodies/verkosto.yaml", yaml: """
            name: Hyte-koordinaattoriverkosto  # req
            level: coordination  # req
            convener: testialue
            """),
        .init(object: "body/meetings_per_year", file: "bodies/verkosto.yaml", yaml: """
            name: Hyte-koordinaattoriverkosto
            level: coordination
            meetings_per_year:
              min: 6  # req
              max: 8
            """),
        // Without its one line the file is empty: the loader says so instead of naming the key.
        .init(object: "calendar", file: "calendar/vuosikello.yaml", yaml: """
            events: []  # req
            """),
        .init(object: "calendar/events", file: "calendar/vuosikello.yaml", yaml: """
            events:
              -
                id: neuvottelu  # req
                title: Hyte-neuvottelu  # req
                kind: negotiation  # req
                months: [9, 10]
            """),
        .init(object: "interface", file: "interfaces/koulu.md", yaml: """
            title: Kouluikäisten palvelut  # req
            municipality: [Perusopetus]
            """),
        .init(object: "interface/tasks", file: "interfaces/koulu.md", yaml: """
            title: Kouluikäisten palvelut
            tasks:
              -
                task: Oppilashuolto  # req
                shared: Yhteistyö
            """),
        .init(object: "report", file: "reports/vuosiraportti.md", yaml: """
            title: Vuosiraportti 2026  # req
            language: fi
            """),
        .init(object: "report/meeting", file: "reports/vuosiraportti.md", yaml: """
            title: Vuosiraportti 2026
            meeting:
              body: Aluevaltuusto  # req
              date: 2026-12-08  # req
              item: "87 §"
            """),
        .init(object: "page", file: "pages/tietoa.md", yaml: """
            title: Tietoa  # req
            summary: Tietoa suunnitelmasta.
            """),
        .init(object: "chart", file: "reports/vuosiraportti.md", yaml: """
            type: status  # req
            title: Toimenpiteiden tila
            """),
        .init(object: "table", file: "reports/vuosiraportti.md", yaml: """
            type: bodies  # req
            title: Ryhmät
            """),
    ]

    /// The fixtures mark exactly the keys `ContentSchema.requiredKeys` lists, for every mapping that has any.
    @Test func requiredFixturesCoverTheRequiredKeys() {
        let fixtures = Dictionary(Self.requiredFixtures.map { ($0.object, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(Set(fixtures.keys) == Set(ContentSchema.requiredKeys.filter { !$0.value.isEmpty }.keys))
        for (object, required) in ContentSchema.requiredKeys {
            #expect(fixtures[object]?.requiredLines.map(\.key) == required, "\(object)")
        }
    }

    @Test(arguments: ContentSchemaTests.requiredFixtures.map(\.object))
    func missingRequiredKeyIsRejectedBySchemaAndLoader(_ object: String) throws {
        let fixture = try #require(Self.requiredFixtures.first { $0.object == object })
        // As written (every required key present) both accept the file.
        var documents: [SchemaCheck.Document] = [.init(name: "complete", kind: fixture.kind, yaml: fixture.yaml)]
        var plan = InlinePlan()
        plan[fixture.file] = fixture.fileText(fixture.yaml)
        #expect(try plan.load().diagnostics.errors.map(\.description) == [])

        for (key, line) in fixture.requiredLines {
            let yaml = fixture.without(line: line)
            documents.append(.init(name: key, kind: fixture.kind, yaml: yaml))
            var plan = InlinePlan()
            plan[fixture.file] = fixture.fileText(yaml)
            let errors = try plan.load().diagnostics.errors.filter { $0.location!.path == "content/\(fixture.file)" }
            #expect(errors.contains { $0.message.contains("missing required key '\(key)'") || $0.message.contains("is empty") },
                    "the loader accepts \(object) without '\(key)': \(errors.map(\.description))")
        }
        let results = try SchemaCheck.run(documents).documents
        #expect(results.allSatisfy { $0.yamlError == nil }, "\(results.compactMap(\.yamlError))")
        #expect(results.first?.errors.map(\.description) == [], "the schema refuses the complete \(object)")
        for result in results.dropFirst() {
            #expect(!result.errors.isEmpty, "the schema accepts \(object) without '\(result.name)'")
        }
    }

    // MARK: Every key, every value form

    /// The small plan with every key of every kind written once: the loader loads it without errors,
    /// the schemas accept every file, and the keys written are exactly the keys the schemas describe.
    @Test func completeExamplePlanUsesEveryKeyAndBothAgree() throws {
        var plan = InlinePlan()
        for (path, text) in Self.completeFiles { plan[path] = text }
        #expect(try plan.load().diagnostics.contentProblems.map(\.description) == [])

        var documents: [SchemaCheck.Document] = []
        for (path, text) in plan.files.sorted(by: { $0.key < $1.key }) where !path.hasPrefix("data/") {
            let folder = String(path.split(separator: "/")[0])
            let name = String(path.split(separator: "/").last!)
            guard let base = path == "site.yaml" ? "site" : ContentSchema.folders.first(where: { $0.value == folder })?.key else {
                continue
            }
            if path.hasSuffix(".md") {
                let kind = name.split(separator: ".").count == 3 ? ContentSchema.translationKind(base) : base
                documents.append(.init(name: path, kind: kind, yaml: try Self.frontMatter(text, path)))
                documents += Self.blocks(in: text, path)
            } else {
                documents.append(.init(name: path, kind: base, yaml: text))
            }
        }
        let result = try SchemaCheck.run(documents)
        var written: [String: Set<String>] = [:]
        for (document, checked) in zip(documents, result.documents) {
            #expect(checked.yamlError == nil, "\(document.name): \(checked.yamlError ?? "")")
            #expect(checked.errors.isEmpty, "\(document.name): \(checked.errors.map(\.description))")
            // Keys of language maps (title: {fi: …}) are not mappings of the loader's.
            let languages = Set(Language.allCases.map(\.rawValue))
            written[document.kind, default: []].formUnion(checked.keys.filter { !languages.contains(String($0.split(separator: "/").last!)) })
        }
        for kind in ContentSchema.allKinds {
            #expect(written[kind] == ContentSchema.keyPaths(kind), "\(kind)")
        }
    }

    static let completeFiles: [String: String] = [
        "site.yaml": """
            title: {fi: Testialueen hyvinvointisuunnitelma, sv: Välfärdsplan för Testområdet}
            region: testialue
            country: koko-maa
            term: {start: 2026, end: 2029}
            languages: [fi, sv]
            base_url: https://hyte.example.fi/
            unsafe_html: false
            pdf: false
            accessibility:
              conformance: partial
              issues: [{fi: Kaaviot eivät ole vielä saavutettavia., sv: Diagrammen är ännu inte tillgängliga.}]
              feedback_email: saavutettavuus@example.fi
              prepared: 2026-01-15
            """,
        "organizations/testialue.yaml": """
            name: {fi: Testialueen hyvinvointialue, sv: Testområdets välfärdsområde}
            kind: welfare-region
            code: "9999"
            sotkanet_id: 1234
            units:
              - id: hyte
                name: Hyvinvointi ja kumppanuudet
            contacts:
              - name: Hyte-koordinaattori
                role: Alueellinen hyte-koordinaattori
                email: hyte@testialue.example.fi
                phone: "+358 40 123 4567"
                pair: aakkola
            """,
        "focus-areas/lapset.md": """
            ---
            title: Lapset ja nuoret
            order: 1
            summary: Lasten ja nuorten hyvinvointi.
            population_groups: [Lapset, {fi: Nuoret, sv: Unga}]
            ---
            Lasten ja nuorten hyvinvointi.
            """,
        "focus-areas/lapset.sv.md": "---\ntitle: Barn och unga\nsummary: Barns och ungas välfärd.\n---\nBarn och unga.\n",
        "goals/mielenterveys.md": """
            ---
            title: Nuorten mielenterveys paranee
            focus_area: lapset
            categories: [hyte-kerroin, yhdyspinta]
            responsible: [testialue/hyte, all-municipalities]
            targets:
              - indicator: ahdistus
                area: testialue
                group: total
                baseline: {year: 2023, value: 17.2}
                target: {year: 2029, value: 14.0}
            ---
            Miksi.
            """,
        "goals/mielenterveys.sv.md": "---\ntitle: Ungas psykiska hälsa förbättras\n---\nVarför.\n",
        "measures/opetus.md": """
            ---
            title: Mielenterveystaitojen opetus
            goals: [mielenterveys]
            lead: testialue/hyte
            partners: [all-municipalities]
            schedule: {start: 2026-01, end: 2027-12}
            budget: {amount: 40000, note: Talousarvio 2026}
            indicators: [ahdistus]
            follow_up:
              - date: 2026-09-30
                status: ongoing
                progress: 30
                note: Koulutukset alkaneet.
            ---
            Mitä tehdään.
            """,
        "measures/opetus.sv.md": "---\ntitle: Undervisning i psykisk hälsa\n---\nVad.\n",
        "indicators/ahdistus.yaml": """
            name: {fi: Ahdistuneisuus, sv: Ångest}
            unit: "%"
            decimals: 1
            better: lower
            source: {name: THL Sotkanet, sotkanet_id: 5000, url: "https://sotkanet.fi/", updated: 2025-10-28}
            description: Kohtalainen tai vaikea ahdistuneisuus.
            hyte_kerroin: true
            """,
        "bodies/verkosto.yaml": """
            name: Hyte-koordinaattoriverkosto
            level: coordination
            convener: testialue
            members: [testialue, all-municipalities]
            meetings_per_year: {min: 6, max: 8}
            legal_basis: ["612/2021 7 §"]
            purpose: Kuntien ja alueen hyte-työn yhteensovitus.
            meetings: [2026-02-12]
            """,
        "calendar/vuosikello.yaml": """
            events:
              - id: neuvottelu
                title: Hyte-neuvottelu
                kind: negotiation
                months: [9, 10]
                body: verkosto
                legal_basis: "612/2021 7 §"
                description: Vuosittainen neuvottelu.
              - id: raportti
                title: Vuosiraportti
                kind: report
                date: 2026-05-12
                time: "17:00"
                end_date: 2026-05-13
            """,
        "interfaces/koulu.md": """
            ---
            title: Kouluikäisten palvelut
            municipality: [Perusopetus]
            welfare_region: [Kouluterveydenhuolto]
            goals: [mielenterveys]
            questions: ["Miten tieto kulkee?"]
            tasks:
              - task: Oppilashuolto
                municipality: Yhteisöllinen oppilashuolto
                welfare_region: Yksilökohtainen oppilashuolto
                shared: Yhteiset käytännöt
            ---
            """,
        "interfaces/koulu.sv.md": "---\ntitle: Tjänster för barn i skolåldern\n---\n",
        "reports/vuosiraportti.md": """
            ---
            title: Vuosiraportti 2026
            meeting: {body: Aluevaltuusto, date: 2026-12-08, item: "87 §", attachment: Liite 4}
            language: fi
            ---
            ```chart
            type: trend
            indicator: ahdistus
            areas: [testialue, koko-maa]
            years: 2021-2025
            year: 2023
            groups: [total]
            goal: mielenterveys
            focus_area: lapset
            title: Ahdistuneisuus
            ```

            ```table
            type: measures
            focus_area: lapset
            goal: mielenterveys
            organization: testialue
            title: Toimenpiteet
            ```
            """,
        "reports/vuosiraportti.sv.md": "---\ntitle: Årsrapport 2026\n---\n",
        "pages/tietoa.md": "---\ntitle: Tietoa\nsummary: Tietoa suunnitelmasta.\n---\nTietoa.\n",
        "pages/tietoa.sv.md": "---\ntitle: Om planen\nsummary: Om välfärdsplanen.\n---\nOm.\n",
    ]

    /// Value forms, each written into one file of the small plan: the loader and the schema both
    /// accept it (`true`) or both refuse it (`false`).
    static let valueForms: [(file: String, replace: String, with: String, accepted: Bool)] = [
        ("goals/mielenterveys.md", "categories: [hyte-kerroin]", "categories: hyte-kerroin", true),
        ("goals/mielenterveys.md", "categories: [hyte-kerroin]", "categories: [hyte-kerroin, budjetti]", false),
        ("goals/mielenterveys.md", "categories: [hyte-kerroin]", "categories:", true),
        ("goals/mielenterveys.md", "title: Nuorten mielenterveys paranee", "title: {fi: Paranee, sv: Förbättras}", true),
        ("goals/mielenterveys.md", "title: Nuorten mielenterveys paranee", "title: {fi: Paranee, de: Besser}", false),
        ("goals/mielenterveys.md", "title: Nuorten mielenterveys paranee", "title: \"\"", false),
        ("goals/mielenterveys.md", "title: Nuorten mielenterveys paranee", "title: [Paranee]", false),
        ("goals/mielenterveys.md", "focus_area: lapset", "focus_area: Lapset", false),
        ("goals/mielenterveys.md", "year: 2029, value: 14.0", "year: 2029, value: 14", true),
        ("goals/mielenterveys.md", "year: 2029, value: 14.0", "year: 2029, value: \"14,0\"", false),
        ("goals/mielenterveys.md", "year: 2029, value: 14.0", "year: 1800, value: 14.0", false),
        ("goals/mielenterveys.md", "year: 2029, value: 14.0", "year: 2029", false),
        ("measures/opetus.md", "partners: [all-municipalities]", "partners:", true),
        ("measures/opetus.md", "partners: [all-municipalities]", "partners: all-municipalities", true),
        ("measures/opetus.md", "lead: testialue/hyte", "lead: Testialue/Hyte", false),
        ("measures/opetus.md", "lead: testialue/hyte", "lead: [testialue/hyte]", false),
        ("measures/opetus.md", "goals: [mielenterveys]", "goals: mielenterveys", true),
        ("measures/opetus.md", "goals: [mielenterveys]", "goals: []", false),
        ("measures/opetus.md", "progress: 30", "progress: 130", false),
        ("measures/opetus.md", "progress: 30", "progress: 30.5", false),
        ("measures/opetus.md", "status: ongoing", "status: ongoin", false),
        ("measures/opetus.md", "start: 2026-01", "start: 2026-1", false),
        ("measures/opetus.md", "amount: 40000", "amount: -5", false),
        ("measures/opetus.md", "date: 2026-09-30", "date: 2026-13-30", false),
        ("measures/opetus.md", "date: 2026-09-30", "date: \"2026-09-30\"", true),
        ("measures/opetus.md", "follow_up:\n  - date", "follow_up:\n    date", false),
        ("indicators/ahdistus.yaml", "decimals: 1", "decimals: 7", false),
        ("indicators/ahdistus.yaml", "better: lower", "better: smaller", false),
        ("indicators/ahdistus.yaml", "source: {name: THL Sotkanet, sotkanet_id: 5000}", "source: THL Sotkanet", true),
        ("indicators/ahdistus.yaml", "sotkanet_id: 5000}", "sotkanet_id: 5000, url: sotkanet.fi}", false),
        ("indicators/ahdistus.yaml", "sotkanet_id: 5000}", "sotkanet_id: 5000, updated: 2025-10-28}", true),
        ("indicators/ahdistus.yaml", "sotkanet_id: 5000}", "sotkanet_id: 5000, updated: 2025-13-28}", false),
        ("bodies/verkosto.yaml", "meetings_per_year: {min: 6, max: 8}", "meetings_per_year: 6", true),
        ("bodies/verkosto.yaml", "meetings_per_year: {min: 6, max: 8}", "meetings_per_year: {max: 8}", false),
        ("bodies/verkosto.yaml", "meetings_per_year: {min: 6, max: 8}", "meetings_per_year: 400", false),
        ("bodies/verkosto.yaml", "level: coordination", "level: coordinating", false),
        ("bodies/verkosto.yaml", "meetings: [2026-02-12]", "meetings: 2026-02-12", true),
        ("calendar/vuosikello.yaml", "months: [9, 10]", "months: 9", true),
        ("calendar/vuosikello.yaml", "months: [9, 10]", "months: [9, 9]", false),
        ("calendar/vuosikello.yaml", "months: [9, 10]", "months: [13]", false),
        ("calendar/vuosikello.yaml", "months: [9, 10]", "months: []", false),
        ("calendar/vuosikello.yaml", "months: [9, 10]", "months: [9, 10]\n    date: 2026-09-01", false),
        ("calendar/vuosikello.yaml", "months: [9, 10]", "months: [9, 10]\n    time: \"10:00\"", false),
        ("calendar/vuosikello.yaml", "    months: [9, 10]\n", "", false),
        ("calendar/vuosikello.yaml", "time: \"17:00\"", "time: \"17.00\"", false),
        ("calendar/vuosikello.yaml", "time: \"17:00\"", "time: \"25:00\"", false),
        ("calendar/vuosikello.yaml", "kind: report", "kind: raportti", false),
        ("site.yaml", "languages: [fi, sv]", "languages: [fi, de]", false),
        ("site.yaml", "languages: [fi, sv]", "languages: [fi, sv, fi]", false),
        ("site.yaml", "base_url: https://hyte.example.fi/", "base_url: hyte.example.fi", false),
        ("site.yaml", "feedback_email: saavutettavuus@example.fi", "feedback_email: saavutettavuus.example.fi", false),
        ("site.yaml", "conformance: partial", "conformance: partly", false),
        ("site.yaml", "base_url: https://hyte.example.fi/", "base_url: https://hyte.example.fi/\nunsafe_html: yes", false),
        ("site.yaml", "base_url: https://hyte.example.fi/", "base_url: https://hyte.example.fi/\nunsafe_html: true", true),
        ("organizations/aakkola.yaml", "code: \"001\"", "code: 701", true),
        ("organizations/aakkola.yaml", "kind: municipality", "kind: kunta", false),
        ("organizations/aakkola.yaml", "- name: Hyte-yhdyshenkilö", "- name: {fi: Hyte-yhdyshenkilö}", false),
        ("organizations/testialue.yaml", "  - id: hyte", "  - id: Hyte", false),
        ("reports/vuosiraportti.md", "title: Vuosiraportti 2026", "title: Vuosiraportti 2026\nlanguage: de", false),
        ("reports/vuosiraportti.md", "type: trend\nindicator: ahdistus", "type: trend", false),
        ("reports/vuosiraportti.md", "type: trend", "type: line", false),
        ("reports/vuosiraportti.md", "type: measures", "type: measures\ncolumns: 3", false),
    ]

    @Test(arguments: ContentSchemaTests.valueForms.indices)
    func valueFormIsJudgedAlikeBySchemaAndLoader(_ index: Int) throws {
        let form = Self.valueForms[index]
        var plan = InlinePlan()
        let text = try #require(plan[form.file])
        #expect(text.contains(form.replace), "the fixture has no '\(form.replace)'")
        let edited = text.replacingOccurrences(of: form.replace, with: form.with)
        plan[form.file] = edited
        let loaderErrors = try plan.load().diagnostics.errors.filter { $0.location!.path == "content/\(form.file)" }
        #expect(loaderErrors.isEmpty == form.accepted,
                "loader on '\(form.with)': \(loaderErrors.map(\.description))")

        let folder = String(form.file.split(separator: "/")[0])
        let kind = form.file == "site.yaml" ? "site" : try #require(ContentSchema.folders.first { $0.value == folder }?.key)
        var documents: [SchemaCheck.Document] = []
        if form.file.hasSuffix(".md") {
            documents.append(.init(name: form.file, kind: kind, yaml: try Self.frontMatter(edited)))
            documents += Self.blocks(in: edited, form.file)
        } else {
            documents.append(.init(name: form.file, kind: kind, yaml: edited))
        }
        let results = try SchemaCheck.run(documents).documents
        #expect(results.allSatisfy { $0.yamlError == nil }, "\(results.compactMap(\.yamlError))")
        let errors = results.flatMap(\.errors)
        #expect(errors.isEmpty == form.accepted, "schema on '\(form.with)': \(errors.map(\.description))")
    }
}

/// Runs Python's `jsonschema` over YAML documents (one process for a whole batch).
enum SchemaCheck {
    struct Document: Codable {
        var name: String
        var kind: String
        var yaml: String
    }

    struct Problem: Codable, CustomStringConvertible {
        var path: String
        var validator: String
        var message: String
        var description: String { "\(path.isEmpty ? "(root)" : path): \(validator): \(message)" }
    }

    struct Checked: Codable {
        var name: String
        var yamlError: String?
        var errors: [Problem]
        /// Every key path written (`targets/baseline/year`; list items share their list's path).
        var keys: [String]
    }

    struct Output: Codable {
        /// Per kind: "" when the schema is valid per the 2020-12 metaschema, else the error.
        var metaschemaErrors: [String: String]
        /// Per kind: the text is exactly `json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False)`.
        var canonical: [String: Bool]
        var documents: [Checked]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// Validates `documents`; with none, checks every schema against the metaschema instead.
    static func run(_ documents: [Document]) throws -> Output {
        var schemas: [String: String] = [:]
        for kind in documents.isEmpty ? ContentSchema.allKinds : Array(Set(documents.map(\.kind))) {
            schemas[kind] = ContentSchema.schema(kind)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.json")
        let script = folder.appendingPathComponent("check.py")
        let output = folder.appendingPathComponent("output.json")
        let errors = folder.appendingPathComponent("errors.txt")
        struct Input: Codable { var schemas: [String: String]; var documents: [Document] }
        try JSONEncoder().encode(Input(schemas: schemas, documents: documents)).write(to: input)
        try Data(python.utf8).write(to: script)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, input.path]
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure("python3 failed: " + ((try? String(contentsOf: errors, encoding: .utf8)) ?? ""))
        }
        return try JSONDecoder().decode(Output.self, from: Data(contentsOf: output))
    }

    /// YAML is read with YAML 1.2 core-schema scalars, as hyte (Yams) and the Red Hat YAML extension
    /// read it; PyYAML's YAML 1.1 defaults would turn `yes` into a boolean, `17:00` into a number and
    /// `0401234567` into an octal number. Unquoted dates become dates and are written as ISO text.
    static let python = #"""
    import datetime, json, re, sys
    import yaml
    from jsonschema import Draft202012Validator

    class Loader(yaml.SafeLoader):
        pass

    REPLACED = ('tag:yaml.org,2002:bool', 'tag:yaml.org,2002:int', 'tag:yaml.org,2002:float')
    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag not in REPLACED]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    Loader.add_implicit_resolver('tag:yaml.org,2002:bool',
        re.compile(r'^(?:true|True|TRUE|false|False|FALSE)$'), list('tTfF'))
    Loader.add_implicit_resolver('tag:yaml.org,2002:int',
        re.compile(r'^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$'), list('-+0123456789'))
    Loader.add_implicit_resolver('tag:yaml.org,2002:float',
        re.compile(r'^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$'),
        list('-+0123456789.'))

    def construct_int(loader, node):
        text = loader.construct_scalar(node)
        if text.startswith('0o'):
            return int(text[2:], 8)
        if text.startswith('0x'):
            return int(text[2:], 16)
        return int(text, 10)

    Loader.add_constructor('tag:yaml.org,2002:int', construct_int)

    def construct_timestamp(loader, node):
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
        except ValueError:  # 2026-13-30 is no date: keep the text, the schema's pattern refuses it
            return loader.construct_scalar(node)

    Loader.add_constructor('tag:yaml.org,2002:timestamp', construct_timestamp)

    def plain(value):
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        if isinstance(value, dict):
            return {key_text(k): plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    def key_text(key):
        if isinstance(key, bool):
            return 'true' if key else 'false'
        if isinstance(key, (datetime.date, datetime.datetime)):
            return key.isoformat()
        return key if isinstance(key, str) else str(key)

    def key_paths(value, prefix=''):
        paths = set()
        if isinstance(value, dict):
            for key, child in value.items():
                path = prefix + key
                paths.add(path)
                paths |= key_paths(child, path + '/')
        elif isinstance(value, list):
            for child in value:
                paths |= key_paths(child, prefix)
        return paths

    data = json.load(open(sys.argv[1], encoding='utf-8'))
    validators, metaschema_errors, canonical = {}, {}, {}
    for kind, text in data['schemas'].items():
        schema = json.loads(text)
        if not data['documents']:
            try:
                Draft202012Validator.check_schema(schema)
                metaschema_errors[kind] = ''
            except Exception as error:
                metaschema_errors[kind] = str(error)
            canonical[kind] = text == json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + '\n'
        validators[kind] = Draft202012Validator(schema)

    documents = []
    for document in data['documents']:
        try:
            value = plain(yaml.load(document['yaml'], Loader=Loader))
        except yaml.YAMLError as error:
            documents.append({'name': document['name'], 'yamlError': str(error), 'errors': [], 'keys': []})
            continue
        errors = sorted(validators[document['kind']].iter_errors(value), key=lambda e: [str(p) for p in e.absolute_path])
        documents.append({
            'name': document['name'],
            'errors': [{'path': '/'.join(str(p) for p in e.absolute_path), 'validator': str(e.validator),
                        'message': e.message} for e in errors],
            'keys': sorted(key_paths(value)),
        })
    json.dump({'metaschemaErrors': metaschema_errors, 'canonical': canonical, 'documents': documents}, sys.stdout)
    """#
}
