import ArgumentParser
import Foundation
import PlanModel
import SiteBuilder

/// `hyte`: publishes a welfare plan written as Markdown and YAML.
public struct HyteCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hyte",
        abstract: "Publish a welfare plan (hyvinvointisuunnitelma) as a website and council attachments.",
        subcommands: [Build.self, Check.self, Schema.self, Serve.self, Import.self, New.self])

    public init() {}

    /// Runs the command line and returns its exit status: 0 success, 1 content errors, 2 usage errors
    /// (`ExitStatus.swift`).
    public static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return ExitCode.success.rawValue
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch let usage as SiteBuild.UsageError {
            FileHandle.standardError.write(Data("hyte: error: \(usage.description)\n".utf8))
            return ExitCode.usage.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                return ExitCode.success.rawValue
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            // ArgumentParser's own usage failures become our usage exit code.
            return (code == .contentErrors ? code : .usage).rawValue
        }
    }
}

/// Prints diagnostics one per line and a closing count; returns the exit code they call for.
enum DiagnosticPrinter {
    static func report(_ diagnostics: [Diagnostic]) -> ExitCode {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        let errors = diagnostics.errors.count
        let warnings = diagnostics.warnings.count
        if errors > 0 || warnings > 0 {
            FileHandle.standardError.write(Data("hyte: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n".utf8))
        }
        return errors > 0 ? .contentErrors : .success
    }
}
