import Foundation
import PlanModel

/// The files of a content folder, listed in a fixed order and read as UTF-8 with `\n` line ends.
struct ContentDirectory: Sendable {
    let root: URL
    /// How paths are shown in messages: the folder as the user named it.
    let displayPath: String

    static let kinds = ["organizations", "focus-areas", "goals", "measures", "indicators", "data", "bodies",
                        "calendar", "interfaces", "reports", "pages", "assets"]

    struct File: Sendable {
        var relativePath: String
        var displayPath: String
        var url: URL
    }

    func displayPath(_ relative: String) -> String {
        displayPath.isEmpty || displayPath == "." ? relative : "\(displayPath)/\(relative)"
    }

    /// Regular files in a kind folder (not recursive), sorted by name; hidden files skipped.
    func files(in folder: String, sink: DiagnosticSink) -> [File] {
        let url = root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        var files: [File] = []
        // Resolving links costs two system calls per path part: only links are resolved, the folder once.
        let folderInside = isInside(url)
        for name in names.sorted() where !name.hasPrefix(".") {
            let fileURL = url.appendingPathComponent(name)
            let relative = "\(folder)/\(name)"
            guard (folderInside && !Self.isLink(fileURL)) || isInside(fileURL) else {
                sink.error(.outsideLink, SourceLocation(path: displayPath(relative), line: 1, column: 1),
                           "this link points outside the content folder and is not read",
                           hint: "copy the file into the content folder instead of linking to it")
                continue
            }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: fileURL.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                sink.error(.nestedFolder, SourceLocation(path: displayPath(relative), line: 1, column: 1),
                           "folders inside \(folder)/ are not read", hint: "move its files directly into \(folder)/")
                continue
            }
            files.append(File(relativePath: relative, displayPath: displayPath(relative), url: fileURL))
        }
        return files
    }

    /// Every regular file below a folder, recursively, sorted; links leading outside are refused.
    func allFiles(below folder: String, sink: DiagnosticSink) -> [File] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var files: [File] = []
        let basePath = base.standardizedFileURL.path
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(basePath + "/") else { continue }
            let relative = folder + "/" + path.dropFirst(basePath.count + 1)
            guard isInside(url) else {
                sink.error(.outsideLink, SourceLocation(path: displayPath(relative), line: 1, column: 1),
                           "this link points outside the content folder and is not copied")
                continue
            }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            files.append(File(relativePath: relative, displayPath: displayPath(relative), url: url))
        }
        return files.sorted { $0.relativePath < $1.relativePath }
    }

    static func isLink(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) != 0 || (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// False for a symbolic link that resolves outside the content folder.
    func isInside(_ url: URL) -> Bool {
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        let rootPath = root.resolvingSymlinksInPath().standardizedFileURL.path
        return resolved == rootPath || resolved.hasPrefix(rootPath + "/")
    }

    /// The text of a file, or nil with an error when it cannot be read as UTF-8.
    func text(_ file: File, sink: DiagnosticSink) -> String? {
        guard let data = FileManager.default.contents(atPath: file.url.path) else {
            sink.error(.unreadableFile, SourceLocation(path: file.displayPath, line: 1, column: 1), "the file cannot be read")
            return nil
        }
        let decoded = data.withUnsafeBytes { TextFile.decode($0.bindMemory(to: UInt8.self)) }
        switch decoded {
        case .success(let text):
            return text
        case .failure(let position):
            sink.error(.notUTF8, SourceLocation(path: file.displayPath, line: position.line, column: position.column),
                       "the file is not UTF-8 text", hint: "save it as UTF-8 in your editor")
            return nil
        }
    }

    /// Top-level entries that are not part of the format: a misspelt folder would silently drop data.
    func checkTopLevel(sink: DiagnosticSink) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root.path) else { return }
        let known = Self.kinds + ["site.yaml"]
        for name in names.sorted() where !name.hasPrefix(".") && !known.contains(name) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDirectory)
            let location = SourceLocation(path: displayPath(name), line: 1, column: 1)
            if isDirectory.boolValue {
                sink.error(.unknownFolder, location, "unknown folder '\(name)' in the content folder",
                           hint: Suggestion.hint(for: name, in: Self.kinds))
            } else if name.hasSuffix(".md") || name.hasSuffix(".txt") {
                continue  // a README beside the content is fine
            } else {
                sink.warning(.ignoredFile, location, "the file '\(name)' is not part of the plan and is ignored",
                             hint: Suggestion.closest(to: name, in: known).map { "did you mean '\($0)'?" })
            }
        }
    }
}
