import Foundation
import Testing
@testable import SiteBuilder

/// PDFs checked with poppler's own tools (and qpdf for the catalogue), as an archive would.
@Suite(.serialized) struct PDFTests {
    static func run(_ arguments: [String]) throws -> String {
        guard let path = ExternalTool.which(arguments[0]) else { throw SiteBuild.UsageError(description: "\(arguments[0]) is not installed") }
        return ExternalTool.run([path] + arguments.dropFirst()).output
    }

    /// The good fixture built once with PDFs (WeasyPrint takes seconds per document); removed at exit.
    static let built: Result<URL, Error> = Result {
        let root = try BuildTests.workspace()
        var options = BuildTests.options(root)
        options.pdf = true
        let outcome = try SiteBuild(options).run()
        guard outcome.diagnostics.contentProblems.isEmpty else { throw SiteBuild.UsageError(description: "\(outcome.diagnostics)") }
        atexit { try? FileManager.default.removeItem(at: PDFTests.root) }
        return root
    }

    static var root: URL { (try? built.get()) ?? URL(fileURLWithPath: "/nonexistent") }

    /// (workspace, the Markdown report's PDF); the workspace is shared, so callers do not remove it.
    static func build() throws -> (URL, URL) {
        let root = try built.get()
        return (root, root.appendingPathComponent("output/raportit/vuosiraportti/vuosiraportti.pdf"))
    }

    static func pdf(_ id: String) throws -> URL { try built.get().appendingPathComponent("output/raportit/\(id)/\(id).pdf") }

    @Test func reportPDFIsA4PDFAWithTitleAndLanguage() throws {
        let (root, pdf) = try Self.build()
        let info = try Self.run(["pdfinfo", "-l", "99", pdf.path])
        #expect(info.contains("Title:           Vuosiraportti 2026"))
        #expect(info.contains("Author:          Testialueen hyvinvointialue"))
        let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect(pages >= 3)
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains(" size:") }
        #expect(sizes.count == pages && sizes.allSatisfy { $0.hasSuffix("595.276 x 841.89 pts (A4)") })
        let meta = try Self.run(["pdfinfo", "-meta", pdf.path])
        #expect(meta.contains("pdfaid:part=\"3\"") && meta.contains("pdfaid:conformance=\"B\""))
        #expect(meta.contains("<xmp:CreateDate>2026-12-08</xmp:CreateDate>"))
        let expanded = root.appendingPathComponent("expanded.pdf")
        _ = try Self.run(["qpdf", "--qdf", "--object-streams=disable", pdf.path, expanded.path])
        let raw = try Data(contentsOf: expanded)
        #expect(raw.range(of: Data("/Lang (fi)".utf8)) != nil)
    }

    @Test func everyPageAfterTheCoverCarriesLabelAndPageNumber() throws {
        let (_, pdf) = try Self.build()
        let text = try Self.run(["pdftotext", "-layout", pdf.path, "-"])
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count >= 3)
        #expect(pages[0].contains("Liite 4") && pages[0].contains("Vuosiraportti 2026"))
        for (index, page) in pages.enumerated().dropFirst() {
            #expect(page.contains("Liite 4"), "page \(index + 1) has no attachment label")
            #expect(page.contains("sivu \(index + 1) (\(pages.count))"), "page \(index + 1) has no page number")
        }
    }

    @Test(arguments: ["vuosiraportti", "hyvinvointisuunnitelma", "seurantaraportti-2026", "kuntakortti-aakkola"])
    func contentsGiveTheRealPageNumbers(_ id: String) throws {
        let text = try Self.run(["pdftotext", "-layout", Self.pdf(id).path, "-"])
        let pages = text.components(separatedBy: "\u{0C}")
        let contents = try #require(pages.firstIndex { $0.contains("Sisällys") })
        let entries = pages[contents].split(separator: "\n").compactMap { line -> (String, Int)? in
            let parts = line.split(separator: " ")
            guard line.contains("..."), let number = parts.last.flatMap({ Int($0) }) else { return nil }
            let title = line.prefix { $0 != "." }.trimmingCharacters(in: .whitespaces)
            return (title, number)
        }
        #expect(!entries.isEmpty)
        for (title, number) in entries {
            // The heading's first words are on the page the contents name (long headings may wrap).
            let start = title.split(separator: " ").prefix(3).joined(separator: " ")
            #expect(pages[number - 1].contains(start), "\(id): '\(title)' is not on page \(number)")
        }
    }

    @Test func theCompiledAttachmentsAreThere() throws {
        for id in ["hyvinvointisuunnitelma", "seurantaraportti-2026", "kuntakortti-aakkola", "kuntakortti-oolahti"] {
            let info = try Self.run(["pdfinfo", Self.pdf(id).path])
            #expect(info.contains("Page size:       595.276 x 841.89 pts (A4)"), "\(id)")
        }
        let card = try Self.run(["pdftotext", Self.pdf("kuntakortti-aakkola").path, "-"])
        // An address may wrap between its parts (before a "." or "@"), never inside a word.
        #expect(card.contains("Kuntakortti: Aakkolan kunta") && card.replacingOccurrences(of: "\n", with: "").contains("hyte@aakkola.example.fi"))
    }

    @Test func samePDFBytesInAnyTimeZone() throws {
        let (root, pdf) = try Self.build()
        let first = try Data(contentsOf: pdf)
        setenv("TZ", "Pacific/Auckland", 1)
        tzset()
        defer { unsetenv("TZ"); tzset() }
        var options = BuildTests.options(root, output: "again")
        options.pdf = true
        _ = try SiteBuild(options).run()
        #expect(try Data(contentsOf: root.appendingPathComponent("again/raportit/vuosiraportti/vuosiraportti.pdf")) == first)
    }

    @Test func withoutWeasyPrintTheSiteIsStillBuiltAndTheErrorSaysHowToInstall() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        setenv("HYTE_WEASYPRINT", "/nonexistent/weasyprint", 1)
        defer { unsetenv("HYTE_WEASYPRINT") }
        var options = BuildTests.options(root)
        options.pdf = true
        let outcome = try SiteBuild(options).run()
        #expect(outcome.diagnostics.contentProblems.count == 1)
        #expect(outcome.diagnostics.contentProblems.first?.message.contains("pip install weasyprint") == true)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/raportit/vuosiraportti/index.html").path))
        let page = try String(contentsOf: root.appendingPathComponent("output/raportit/vuosiraportti/index.html"), encoding: .utf8)
        #expect(!page.contains(".pdf\""))
        // A problem of the run, not of a file: no made-up place in the content.
        #expect(outcome.diagnostics.contentProblems.first?.location == nil)
        #expect(outcome.diagnostics.contentProblems.first?.description.hasPrefix("hyte: error: WeasyPrint is not installed") == true)
    }

    /// WeasyPrint that runs and fails: every document's failure is reported as a problem of the run.
    @Test func aFailingWeasyPrintIsAProblemOfTheRun() throws {
        let root = try BuildTests.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let failing = root.appendingPathComponent("weasyprint")
        try "#!/bin/sh\necho 'ERROR: cannot render' >&2\nexit 1\n".write(to: failing, atomically: true, encoding: .utf8)
        chmod(failing.path, 0o755)
        setenv("HYTE_WEASYPRINT", failing.path, 1)
        defer { unsetenv("HYTE_WEASYPRINT") }
        var options = BuildTests.options(root)
        options.pdf = true
        let outcome = try SiteBuild(options).run()
        let failures = outcome.diagnostics.filter { $0.id == .pdfFailed }
        #expect(!failures.isEmpty)
        #expect(failures.allSatisfy { $0.location == nil && $0.severity == .error && $0.description.hasPrefix("hyte: error: ") })
    }
}
