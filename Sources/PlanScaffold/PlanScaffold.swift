import Foundation
import PlanModel

/// One file of a new plan repository: its path inside the repository and its text.
public struct ScaffoldFile: Sendable, Equatable {
    public let path: String
    public let contents: String
}

/// `hyte new`: a plan repository that `hyte check` passes without a warning and `hyte build`
/// builds at once, with one commented example of every kind of content file, the CI workflow,
/// editor settings and a README for the plan team.
public struct PlanScaffold: Sendable {
    public let region: RegionName
    public let languages: [Language]

    public init(region: RegionName, languages: [Language]) {
        precondition(!languages.isEmpty, "a plan has at least one language")
        self.region = region
        self.languages = languages
    }

    /// Files copied as they are: the workflow stays the one of docs/ci.md, and dot-names are
    /// kept out of the resources.
    static let staticFiles = ["plan.yml": ".github/workflows/plan.yml", "gitignore": ".gitignore"]

    /// Every file of the repository, sorted by path; the same options always give the same files.
    public func files() throws -> [ScaffoldFile] {
        guard let resources = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw ScaffoldError("hyte's resources are missing; reinstall hyte")
        }
        var files = try Skeleton(region: region, languages: languages, resources: resources).files()
        for (name, path) in Self.staticFiles {
            let text = try String(contentsOf: resources.appendingPathComponent("static/\(name)"), encoding: .utf8)
            files.append(ScaffoldFile(path: path, contents: text))
        }
        files += try EditorFiles.files()
        return files.sorted { $0.path < $1.path }
    }

    /// Writes the repository into `folder` (created with its parents), which must not exist or be
    /// empty; returns the files written.
    @discardableResult
    public func write(to folder: URL) throws -> [ScaffoldFile] {
        let files = try files()
        try NewFolder(folder).write(files)
        return files
    }
}
