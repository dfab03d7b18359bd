import Foundation
import Mustache
import Testing
@testable import SiteRenderer

private func text(_ value: Any?) -> String? { (value as? TemplateText)?.string }

/// Views reach the templates as plain dictionaries, arrays, texts, numbers and booleans.
@Suite struct TemplateEncoderTests {
    struct Item: Encodable {
        var name: String
        var note: String?
    }

    struct Sample: Encodable {
        var text: String
        var count: Int
        var ratio: Double
        var flag: Bool
        var missing: String?
        var present: Int?
        var small: UInt8
        var huge: UInt64
        var items: [Item]
        var grid: [[Int]]
        var strings: [String: String]
        var gaps: [String?]
    }

    static let sample = Sample(text: "a & b", count: 3, ratio: 0.5, flag: false, missing: nil, present: 0, small: 7, huge: .max,
                               items: [Item(name: "x", note: nil), Item(name: "y", note: "n")], grid: [[1, 2], [], [3]],
                               strings: ["k": "v"], gaps: ["p", nil, "q"])

    @Test func valuesBecomePlainTemplateData() throws {
        let data = try #require(try TemplateEncoder().encode(Self.sample) as? [String: Any])
        #expect(text(data["text"]) == "a & b")
        #expect(data["count"] as? Int == 3)
        #expect(data["ratio"] as? Double == 0.5)
        #expect(data["flag"] as? Bool == false)
        #expect(data["present"] as? Int == 0)
        #expect(data["small"] as? Int == 7)
        #expect(data["huge"] as? Double == Double(UInt64.max))
        #expect(data["strings"] as? [String: String] == ["k": "v"])
        let items = try #require(data["items"] as? [[String: Any]])
        #expect(items.map { text($0["name"]) } == ["x", "y"])
        #expect(items.map { $0.keys.sorted() } == [["name"], ["name", "note"]])
        #expect((data["grid"] as? [[Int]]) == [[1, 2], [], [3]])
        // A nil is absent: no key in a dictionary, no element in an array.
        #expect(data["missing"] == nil && !data.keys.contains("missing"))
        #expect((data["gaps"] as? [Any])?.map(text) == ["p", "q"])
    }

    @Test func aMissingKeyIsFalseInATemplate() throws {
        let template = try MustacheTemplate(string: """
            {{text}}|{{#missing}}yes{{/missing}}{{^missing}}none{{/missing}}|{{#items}}{{name}}{{#note}}({{.}}){{/note}};{{/items}}\
            |{{ratio}}|{{count}}|{{strings.k}}|{{#grid}}[{{#.}}{{.}}{{/.}}]{{/grid}}
            """)
        #expect(template.render(try TemplateEncoder().encode(Self.sample)) == "a &amp; b|none|x;y(n);|0.5|3|v|[12][][3]")
    }

    /// Hand-written conformances may use nested containers; they land where they were asked for.
    struct Nested: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("top", forKey: .name)
            var inner = container.nestedContainer(keyedBy: Key.self, forKey: .inner)
            try inner.encode("in", forKey: .name)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            var middle = list.nestedUnkeyedContainer()
            try middle.encode("m")
            try list.encode(3)
        }

        enum Key: String, CodingKey { case name, inner, list }
    }

    /// A text renders, tests and transforms as a string; inside its own section a name is looked up
    /// in the objects around it (a string has no names).
    @Test func aTextBehavesAsAString() throws {
        struct Page: Encodable { var lead: String; var leadLang: String; var empty: String }
        let template = try MustacheTemplate(string: """
            {{#lead}}<p{{#leadLang}} lang="{{leadLang}}"{{/leadLang}}>{{lead}}|{{.}}|{{{.}}}</p>{{/lead}}\
            {{uppercased(leadLang)}}|{{#empty}}[{{.}}]{{/empty}}{{^empty(empty)}}filled{{/empty(empty)}}{{#empty(empty)}}empty{{/empty(empty)}}
            """)
        #expect(template.render(try TemplateEncoder().encode(Page(lead: "a < b", leadLang: "sv", empty: ""))) ==
            "<p lang=\"sv\">a &lt; b|a &lt; b|a < b</p>SV|[]empty")
        // The same as a plain string gives.
        #expect(template.render(["lead": "a < b", "leadLang": "sv", "empty": ""]) == "<p lang=\"sv\">a &lt; b|a &lt; b|a < b</p>SV|[]empty")
    }

    @Test func nestedContainersAreFilledIn() throws {
        let data = try #require(try TemplateEncoder().encode(Nested()) as? [String: Any])
        #expect(text(data["name"]) == "top")
        #expect(text((data["inner"] as? [String: Any])?["name"]) == "in")
        let list = try #require(data["list"] as? [Any])
        #expect(list.count == 3 && list[0] as? Int == 1 && (list[1] as? [Any])?.map(text) == ["m"] && list[2] as? Int == 3)
    }

    @Test func aTableIsItsFinishedMarkup() throws {
        let table = TableView(id: "t", caption: "c", headers: [HeaderView(text: "h")], rows: [RowView(head: CellView(text: "r"), cells: [])])
        let data = try #require(try TemplateEncoder().encode(table) as? [String: Any])
        #expect(data.keys.sorted() == ["html", "id"])
        #expect(text(data["html"]) == TableHTML.render(table))
        let cell = try #require(try TemplateEncoder().encode(CellView(text: "x", href: "#a", status: "done")) as? [String: Any])
        #expect(text(cell["html"]) == "<a href=\"#a\"><span class=\"status status-done\">x</span></a>")
        #expect(text(cell["text"]) == "x" && cell["numeric"] as? Bool == false && cell["lang"] == nil)
    }
}

/// The plan's templates folder.
@Suite struct TemplateSetTests {
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    /// Overriding one partial changes what that partial writes and nothing else on any page.
    @Test func anOverrideChangesOnlyWhatItOverrides() throws {
        let facts = try #require(TemplateSet.builtIn().first { $0.0 == "facts" }).1
        let folder = try Self.folder(["facts.mustache": "<!--facts-->" + facts])
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try TestSite.plan(TestSite.fixture("good"))
        let plain = try TestSite.render(plan)
        let templates = try TemplateSet(overrides: folder)
        let builtIn = try TemplateSet(overrides: nil)
        #expect(!templates.builtInOnly && builtIn.builtInOnly)
        let overridden = Dictionary(uniqueKeysWithValues: try SiteRenderer(plan: plan, templates: templates).render().map { ($0.path, $0.contents) })
        #expect(Set(plain.keys) == Set(overridden.keys))
        #expect(overridden.values.filter { $0.contains("<!--facts-->") }.count > 10)
        let changed = plain.keys.filter { overridden[$0]?.replacingOccurrences(of: "<!--facts-->", with: "") != plain[$0] }
        #expect(changed.isEmpty, "\(changed.sorted().prefix(5))")
    }

    /// The site's header, navigation and footer are written by their own templates once per distinct
    /// view, and every page gets them: an override of one shows on every page, once.
    @Test func theChromeIsWrittenOncePerDistinctView() throws {
        let footer = try #require(TemplateSet.builtIn().first { $0.0 == "site-footer" }).1
        let folder = try Self.folder(["site-footer.mustache": footer.replacingOccurrences(of: "<footer", with: "<!--own-footer--><footer")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try TestSite.plan(TestSite.example)
        let templates = try TemplateSet(overrides: folder)
        let pages = try SiteRenderer(plan: plan, templates: templates).render().filter { $0.path.hasSuffix(".html") }
        let withChrome = pages.filter { $0.contents.contains("class=\"site-nav\"") }
        #expect(withChrome.count > 250)
        #expect(withChrome.allSatisfy { $0.contents.components(separatedBy: "<!--own-footer-->").count == 2 })
        // A few views per language and folder depth, not one per page.
        #expect(templates.sharedCount > 6 && templates.sharedCount < withChrome.count, "\(templates.sharedCount) for \(withChrome.count) pages")
    }

    struct Page: Encodable {
        var title: String
        var figures: [Fragment]
    }

    /// Finished markup reaches the template as a placeholder and the page gets it once, in place;
    /// without a fragment store it is the markup itself.
    @Test func fragmentsArePlacedOnceAfterRendering() throws {
        let page = Page(title: "T", figures: [Fragment("<figure>1 & 2</figure>"), Fragment("<table></table>")])
        let template = try MustacheTemplate(string: "<h2>{{title}}</h2>{{#figures}}[{{{.}}}]{{/figures}}")
        let fragments = Fragments()
        let data = try TemplateEncoder().encode(page, fragments: fragments)
        let rendered = template.render(data)
        #expect(rendered.contains("\u{0}0\u{0}"))
        #expect(fragments.fill(rendered) == "<h2>T</h2>[<figure>1 & 2</figure>][<table></table>]")
        #expect(template.render(try TemplateEncoder().encode(page)) == "<h2>T</h2>[<figure>1 & 2</figure>][<table></table>]")
    }

    /// Anything between NULs that is not a fragment's number stays as it was.
    @Test func onlyFragmentNumbersAreReplaced() {
        let fragments = Fragments()
        let mark = fragments.placeholder("X")
        #expect(fragments.fill("a\u{0}b\u{0}c" + mark + "\u{0}7\u{0}\u{0}") == "a\u{0}b\u{0}cX\u{0}7\u{0}\u{0}")
        #expect(fragments.fill("\u{0}b\u{0}" + mark) == "\u{0}b\u{0}X")
        #expect(Fragments().fill("plain") == "plain")
    }
}

