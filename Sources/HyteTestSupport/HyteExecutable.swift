import Foundation

/// The `hyte` executable for tests that run it as a user would. `swift build` and `swift test` put it
/// in the same folder as the test binary (`<scratch>/debug/`); on macOS the tests are a bundle there.
public enum HyteExecutable {
    public static func url() -> URL? {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        folders += [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folders.append(bundle.bundleURL.deletingLastPathComponent())
        }
        return folders.map { $0.appendingPathComponent("hyte") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// `hyte` with these arguments, to run in `folder`; nil when no executable was built.
    public static func process(_ arguments: [String], in folder: URL) -> Process? {
        guard let url = url() else { return nil }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = folder
        return process
    }
}
