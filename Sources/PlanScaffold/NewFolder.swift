import Foundation

/// The folder `hyte new` writes into: it must be missing or empty, so nothing anyone wrote is
/// overwritten, and every file lands inside it.
struct NewFolder {
    let url: URL

    init(_ url: URL) { self.url = url.standardizedFileURL }

    func write(_ files: [ScaffoldFile]) throws {
        try prepare()
        for file in files {
            // The paths are hyte's own, but a `..` would still leave the folder.
            precondition(!file.path.hasPrefix("/") && !file.path.split(separator: "/").contains(".."), "'\(file.path)' is not inside the new folder")
            let target = url.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: target)
        }
    }

    /// Creates the folder, or accepts it when it exists and is empty (hidden files count).
    func prepare() throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ScaffoldError("'\(url.path)' is a file; name a new folder for the plan")
            }
            let entries = try FileManager.default.contentsOfDirectory(atPath: url.path)
            guard entries.isEmpty else {
                throw ScaffoldError("'\(url.path)' is not empty (it has \(entries.count) \(entries.count == 1 ? "entry" : "entries")); hyte new writes only into a new or empty folder, so name a new folder or empty this one")
            }
            return
        }
        // The nearest existing parent must be a folder too, or creating the path fails obscurely.
        var parent = url.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: parent.path, isDirectory: &isDirectory), parent.path != "/" {
            parent = parent.deletingLastPathComponent()
        }
        guard isDirectory.boolValue else { throw ScaffoldError("'\(parent.path)' is a file, so no folder can be made inside it; name another folder for the plan") }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
}
