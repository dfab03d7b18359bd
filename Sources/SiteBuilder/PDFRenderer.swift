import Foundation
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

    /// The WeasyPrint command, or nil when it is not installed.
    /// `HYTE_WEASYPRINT` names the program when it is not on PATH (an empty or missing file means none).
    static func command() -> [String]? {
        if let chosen = ProcessInfo.processInfo.environment["HYTE_WEASYPRINT"] {
            return FileManager.default.isExecutableFile(atPath: chosen) ? [chosen] : nil
        }
        if let path = which("weasyprint") { return [path] }
        if let python = which("python3"), run([python, "-c", "import weasyprint"]).status == 0 { return [python, "-m", "weasyprint"] }
        return nil
    }

    /// Renders every job; returns the problems (an empty list when all PDFs were written).
    static func render(_ jobs: [Job]) -> [String] {
        guard let command = command() else { return ["WeasyPrint is not installed; \(installHint)"] }
        let results = Parallel.map(jobs.count) { i -> String? in
            let job = jobs[i]
            let result = run(command + arguments + ["--pdf-identifier", job.identifier, job.html.path, job.pdf.path])
            guard result.status == 0, FileManager.default.fileExists(atPath: job.pdf.path) else {
                // WeasyPrint prints warnings for CSS it does not support; only its errors matter here.
                let errors = result.output.split(separator: "\n").filter { !$0.hasPrefix("WARNING") }.joined(separator: " ")
                return "WeasyPrint could not write \(job.pdf.lastPathComponent): \(errors.isEmpty ? "exit \(result.status)" : errors)"
            }
            return nil
        }
        return results.compactMap { $0 }
    }

    static func which(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func run(_ command: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        // Python randomises set and dict order per run; WeasyPrint's output (font subsets) follows it.
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "0"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
