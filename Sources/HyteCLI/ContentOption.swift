import ArgumentParser
import Foundation

/// `--content`, shared by every command that reads a plan.
struct ContentOption: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "content"

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("no content folder at '\(content)'; run hyte in a plan repository or name it with --content")
        }
    }
}

/// `--templates`, shared by every command that renders the site.
struct TemplatesOption: ParsableArguments {
    @Option(help: "Templates overriding the built-in ones of the same name.")
    var templates = "templates"
}
