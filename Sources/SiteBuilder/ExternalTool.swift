import Foundation

/// A program hyte runs but does not ship (WeasyPrint, Pagefind): found through an environment
/// variable, on PATH, or as a Python module installed with pip.
struct ExternalTool: Sendable {
    /// The executable's name on PATH.
    var program: String
    /// The Python module that runs it with `python3 -m`.
    var pythonModule: String
    /// Names the program when it is not on PATH (an empty or missing file means none).
    var variable: String

    static let weasyPrint = ExternalTool(program: "weasyprint", pythonModule: "weasyprint", variable: "HYTE_WEASYPRINT")
    static let pagefind = ExternalTool(program: "pagefind", pythonModule: "pagefind_bin", variable: "HYTE_PAGEFIND")

    /// The command that runs the tool, or nil when it is not installed.
    func command() -> [String]? {
        if let chosen = ProcessInfo.processInfo.environment[variable] {
            return FileManager.default.isExecutableFile(atPath: chosen) ? [chosen] : nil
        }
        if let path = Self.which(program) { return [path] }
        if let python = Self.which("python3"), Self.run([python, "-c", "import \(pythonModule)"]).status == 0 {
            return [python, "-m", pythonModule]
        }
        return nil
    }

    static func which(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a command to its end; standard output and error together.
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
