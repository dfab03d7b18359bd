import Foundation
import HyteBase
import PlanModel

/// Turns the staged print documents into PDF/A with WeasyPrint, several at once.
struct PDFRenderer {
    /// One print document: its HTML file and the PDF to write beside it, both in the staging folder.
    struct Job: Sendable {
        var html: URL
        var pdf: URL
        /// A fixed PDF identifier, so the same report gives the same /ID in every build.
        var identifier: String
    }

    /// pdf/a-3b: the archival level meeting systems and archives accept, and the one WeasyPrint writes
    /// reliably with embedded fonts; `--pdf-tags` adds the structure screen readers use.
    static let arguments = ["--pdf-variant", "pdf/a-3b", "--pdf-tags"]

    static let installHint = "install it with: pip install weasyprint (and apt-get install libharfbuzz-subset0), or build without --pdf"

    static func command() -> [String]? { ExternalTool.weasyPrint.command() }

    /// Renders every job; returns the problems (an empty list when all PDFs were written).
    static func render(_ jobs: [Job]) -> [String] {
        guard let command = command() else { return ["WeasyPrint is not installed; \(installHint)"] }
        let results = Parallel.map(jobs.count) { i -> String? in
            let job = jobs[i]
            let result = ExternalTool.run(command + arguments + ["--pdf-identifier", job.identifier, job.html.path, job.pdf.path])
            guard result.status == 0, FileManager.default.fileExists(atPath: job.pdf.path) else {
                // WeasyPrint prints warnings for CSS it does not support; only its errors matter here.
                let errors = result.output.split(separator: "\n").filter { !$0.hasPrefix("WARNING") }.joined(separator: " ")
                return "WeasyPrint could not write \(job.pdf.lastPathComponent): \(errors.isEmpty ? "exit \(result.status)" : errors)"
            }
            return nil
        }
        return results.compactMap { $0 }
    }
}
