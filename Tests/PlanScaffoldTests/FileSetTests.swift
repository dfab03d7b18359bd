import Foundation
import PlanLoader
import PlanModel
@testable import PlanScaffold
import Testing
import Yams

/// What `hyte new` writes for each language set, and that the machine-read files parse.
@Suite struct FileSetTests {
    /// The content files whatever the languages: one of every kind.
    static let contentFiles = [
        "content/bodies/hyte-tyoryhma.yaml", "content/calendar/vuosikello.yaml", "content/data/liikkuvat-nuoret.csv",
        "content/focus-areas/lapset-ja-nuoret.md", "content/goals/nuorten-liikkuminen.md",
        "content/indicators/liikkuvat-nuoret.yaml", "content/interfaces/kouluikaiset.md",
        "content/measures/liikkuva-koulupaiva.md", "content/organizations/esimerkin-hyvinvointialue.yaml",
        "content/organizations/esimerkkikunta.yaml", "content/organizations/koko-maa.yaml", "content/pages/tietoa.md",
        "content/reports/vuosiraportti-2026.md", "content/site.yaml",
    ]
    static let translated = ["content/focus-areas/lapset-ja-nuoret", "content/goals/nuorten-liikkuminen",
                             "content/interfaces/kouluikaiset", "content/measures/liikkuva-koulupaiva", "content/pages/tietoa"]

    @Test(arguments: Scaffolds.languageSets)
    func everyKindOnceAndATranslationPerOtherLanguage(_ languages: String) throws {
        let scaffold = try Scaffolds.scaffold(languages)
        let paths = try scaffold.files().map(\.path)
        let others = scaffold.languages.dropFirst().map(\.rawValue)
        let translations = Self.translated.flatMap { base in others.map { "\(base).\($0).md" } }
        #expect(paths.filter { $0.hasPrefix("content/") } == (Self.contentFiles + translations).sorted())
        let schemas = ContentSchema.allKinds.map { "schemas/\($0).schema.json" }
        #expect(paths.filter { !$0.hasPrefix("content/") } == ([".github/workflows/plan.yml", ".gitignore", ".vscode/extensions.json",
                                                                  ".vscode/settings.json", "README.md"] + schemas).sorted())
    }

    @Test func oneLanguageWritesPlainTextsAndSeveralWriteLanguageMaps() throws {
        func file(_ languages: String, _ path: String) throws -> String {
            try #require(try Scaffolds.scaffold(languages).files().first { $0.path == path }).contents
        }
        let finnish = try file("fi", "content/goals/nuorten-liikkuminen.md")
        #expect(finnish.contains("\ntitle: \"Yhä useampi nuori liikkuu vähintään tunnin päivässä\"\n"))
        #expect(try file("fi", "content/site.yaml").contains("\nlanguages: [fi]\n"))
        let three = try file("fi,sv,en", "content/goals/nuorten-liikkuminen.md")
        #expect(three.contains("\ntitle: {fi: \"Yhä useampi nuori liikkuu vähintään tunnin päivässä\", sv: \"Allt fler unga rör på sig minst en timme om dagen\", en: \"More young people are active for at least an hour a day\"}\n"))
        #expect(try file("fi,sv,en", "content/site.yaml").contains("\nlanguages: [fi, sv, en]\n"))
        // The first language is the default: its body is in <id>.md, the others' beside it.
        let swedishFirst = try file("sv,fi", "content/goals/nuorten-liikkuminen.md")
        #expect(swedishFirst.contains("\nMålet följs upp med siffrorna"))
        #expect(try file("sv,fi", "content/goals/nuorten-liikkuminen.fi.md").contains("\ntitle: \"Yhä useampi nuori"))
        // A report is in one language.
        #expect(try file("fi,sv", "content/reports/vuosiraportti-2026.md").contains("\ntitle: \"Hyvinvointisuunnitelman vuosiraportti 2026\"\n"))
    }

    @Test func theRegionNameIsQuotedWhereverItGoes() throws {
        let files = try Scaffolds.scaffold("fi", region: "Länsi & \"Itä\": #1").files()
        let region = try #require(files.first { $0.path == "content/organizations/lansi-ita-1.yaml" })
        #expect(region.contents.contains("\nname: \"Länsi & \\\"Itä\\\": #1\"\n"))
        let site = try #require(files.first { $0.path == "content/site.yaml" })
        #expect(site.contents.contains("\nregion: lansi-ita-1\n"))
    }

    @Test func theSameOptionsGiveTheSameBytes() throws {
        #expect(try Scaffolds.scaffold("fi,sv,en").files() == Scaffolds.scaffold("fi,sv,en").files())
    }

    @Test func everyTextIsWrittenInEveryLanguage() throws {
        let url = try #require(Bundle.module.url(forResource: "Resources", withExtension: nil))
        let texts = try SkeletonTexts(yaml: String(contentsOf: url.appendingPathComponent("texts.yaml"), encoding: .utf8))
        for (section, entries) in texts.sections {
            for (key, entry) in entries {
                let maps: [[Language: String]] = switch entry {
                case .text(let map): [map]
                case .list(let maps): maps
                }
                for map in maps { #expect(Set(map.keys) == Set(Language.allCases), "\(section).\(key)") }
            }
        }
    }

    @Test func editorFilesParseAndMapEveryYAMLKind() throws {
        let files = try Scaffolds.scaffold("fi,sv").files()
        func json(_ path: String) throws -> Any {
            let file = try #require(files.first { $0.path == path })
            return try JSONSerialization.jsonObject(with: Data(file.contents.utf8))
        }
        let settings = try #require(try json(".vscode/settings.json") as? [String: Any])
        #expect(settings["yaml.schemas"] as? [String: String] == [
            "./schemas/site.schema.json": "content/site.yaml",
            "./schemas/organization.schema.json": "content/organizations/*.yaml",
            "./schemas/indicator.schema.json": "content/indicators/*.yaml",
            "./schemas/body.schema.json": "content/bodies/*.yaml",
            "./schemas/calendar.schema.json": "content/calendar/*.yaml",
        ])
        #expect(try json(".vscode/extensions.json") as? [String: [String]] == ["recommendations": ["redhat.vscode-yaml"]])
        for kind in ContentSchema.allKinds {
            #expect(try json("schemas/\(kind).schema.json") is [String: Any])
            #expect(files.first { $0.path == "schemas/\(kind).schema.json" }?.contents == ContentSchema.schema(kind))
        }
    }

    /// The workflow is docs/ci.md's, under a Finnish header: the two cannot drift apart.
    @Test func theWorkflowIsTheOneOfTheCIDoc() throws {
        let workflow = try #require(try Scaffolds.scaffold("fi").files().first { $0.path == ".github/workflows/plan.yml" }).contents
        let parsed = try #require(try Yams.load(yaml: workflow) as? [String: Any])
        #expect(Set(parsed.keys) == ["name", "on", "permissions", "jobs"])
        #expect(workflow.contains("hyte check --format github"))
        let doc = try String(contentsOf: Scaffolds.repository.appendingPathComponent("docs/ci.md"), encoding: .utf8)
        let section = try #require(doc.range(of: "## GitHub Actions"))
        let start = try #require(doc.range(of: "```yaml\n", range: section.upperBound..<doc.endIndex))
        let end = try #require(doc.range(of: "\n```", range: start.upperBound..<doc.endIndex))
        let block = String(doc[start.upperBound..<end.lowerBound]) + "\n"
        let header = workflow.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") }
        #expect(!header.isEmpty)
        #expect(workflow.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(header.count).joined(separator: "\n") == block)
    }

    @Test func theGitignoreKeepsTheBuiltSiteOut() throws {
        #expect(try Scaffolds.scaffold("fi").files().first { $0.path == ".gitignore" }?.contents == "output/\n")
    }
}
