import Foundation

/// Refuses output folders whose replacement would destroy something that is not build output.
enum OutputGuard {
    struct Refusal: Error, CustomStringConvertible {
        var description: String
    }

    static func check(output: URL, content: URL, templates: URL) throws {
        let out = canonical(output)
        let protected = [("the content folder", canonical(content)), ("the templates folder", canonical(templates))]
        if out == "/" { throw Refusal(description: "refusing to build into '/'; name a folder such as output") }
        let home = canonical(FileManager.default.homeDirectoryForCurrentUser)
        if out == home { throw Refusal(description: "refusing to build into the home folder; name a folder such as output") }
        for (name, path) in protected {
            if out == path { throw Refusal(description: "refusing to build into \(name) (\(path)); name a folder such as output") }
            if path.hasPrefix(out + "/") {
                throw Refusal(description: "refusing to build into \(out): it contains \(name) and would be replaced")
            }
            if out.hasPrefix(path + "/") {
                throw Refusal(description: "refusing to build inside \(name) (\(path)); name a folder beside it such as output")
            }
        }
        for marker in [".git", "Package.swift"] where FileManager.default.fileExists(atPath: out + "/" + marker) {
            throw Refusal(description: "refusing to build into \(out): it is a repository root (it has \(marker)); name a folder such as output")
        }
    }

    static func canonical(_ url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}

