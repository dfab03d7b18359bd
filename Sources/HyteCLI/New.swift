import ArgumentParser
import Foundation
import PlanModel
import PlanScaffold

/// `hyte new`: starts a plan repository that passes `hyte check` and builds at once.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new plan repository in a folder: one commented example of every content file, CI, editor settings and a README.")

    @Argument(help: "The folder to create; it must not exist or be empty.")
    var directory: String

    @Option(help: "The welfare region's name; its id is made from it.")
    var region = "Esimerkin hyvinvointialue"

    @Option(help: "The site's languages, separated by commas, the default first: fi, sv, en.")
    var languages = "fi,sv"

    func validate() throws {
        _ = try options()
    }

    func options() throws -> PlanScaffold {
        do {
            return PlanScaffold(region: try RegionName(region), languages: try LanguageList.parse(languages))
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let files: [ScaffoldFile]
        do {
            files = try options().write(to: URL(fileURLWithPath: directory))
        } catch {
            // A folder in use or one that cannot be written: say what to do, without the usage text.
            let message = (error as? ScaffoldError)?.description ?? "cannot write the new plan into '\(directory)': \(error.localizedDescription)"
            FileHandle.standardError.write(Data("hyte: error: \(message)\n".utf8))
            throw ExitCode.usage
        }
        let content = files.filter { $0.path.hasPrefix("content/") }.count
        print("""
            hyte: created a plan repository in \(directory) (\(files.count) files):
              content/                     \(content) example files, one of every kind, commented in Finnish
              README.md                    for the plan team, in Finnish
              .github/workflows/plan.yml   checks pull requests, publishes main on GitHub Pages
              schemas/, .vscode/           editor settings: YAML mistakes underlined as you type
            Next:
              cd \(Self.shellQuoted(directory))
              hyte check
              hyte serve
            """)
    }

    /// The folder as it can be pasted into a shell.
    static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-+,:@".unicodeScalars.contains($0) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
