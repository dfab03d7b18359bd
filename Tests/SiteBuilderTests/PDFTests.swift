import Foundation
import Testing
@testable import SiteBuilder

/// PDFs checked with poppler's own tools (and qpdf for the catalogue), as an archive would.
@Suite(.serialized) struct PDFTests {
    static func run(_ arguments: [String]) throws -> String {
        guard let path = PDFRenderer.which(arguments[0]) else { throw SiteBuild.UsageError(description: "\(arguments[0]) is not installed") }
        return PDFRenderer.run([path] + arguments.dropFirst()).output
    }

    /// The good fixture built with PDFs: (workspace, the report's PDF).
    static func build() throws -> (URL, URL) {
        let root = try BuildTests.workspace()
        var options = BuildTests.options(root)
        options.pdf = true
        let outcome = try SiteBuild(options).run()
        #expect(outcome.diagnostics == [], "\(outcome.diagnostics)")
        return (root, root.appendingPathComponent("output/raportit/vuosiraportti/vuosiraportti.pdf"))
    }

    @Test func reportPDFIsA4PDFAWithTitleAndLanguage() throws {
        let (root, pdf) = try Self.build()
        defer { try? FileManager.default.removeItem(at: root) }
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
        let (root, pdf) = try Self.build()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = try Self.run(["pdftotext", "-layout", pdf.path, "-"])
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        #expect(pages.count >= 3)
        #expect(pages[0].contains("Liite 4") && pages[0].contains("Vuosiraportti 2026"))
        for (index, page) in pages.enumerated().dropFirst() {
            #expect(page.contains("Liite 4"), "page \(index + 1) has no attachment label")
            #expect(page.contains("sivu \(index + 1) (\(pages.count))"), "page \(index + 1) has no page number")
        }
    }

    @Test func contentsGiveTheRealPageNumbers() throws {
        let (root, pdf) = try Self.build()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = try Self.run(["pdftotext", "-layout", pdf.path, "-"])
        let pages = text.components(separatedBy: "\u{0C}")
        let contents = try #require(pages.firstIndex { $0.contains("Sisällys") })
        let line = try #require(pages[contents].split(separator: "\n").first { $0.contains("Tilanne") })
        let number = try #require(Int(line.split(separator: " ").last ?? ""))
        #expect(pages[number - 1].contains("Tilanne"))
        #expect(number > contents + 1)
    }

    @Test func samePDFBytesInAnyTimeZone() throws {
        let (root, pdf) = try Self.build()
        defer { try? FileManager.default.removeItem(at: root) }
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
        #expect(outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.message.contains("pip install weasyprint") == true)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/raportit/vuosiraportti/index.html").path))
        let page = try String(contentsOf: root.appendingPathComponent("output/raportit/vuosiraportti/index.html"), encoding: .utf8)
        #expect(!page.contains(".pdf\""))
    }
}
