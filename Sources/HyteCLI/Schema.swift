import ArgumentParser
import Foundation
import PlanLoader

/// `hyte schema`: JSON Schemas of every content kind, for editors that underline mistakes as staff type.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a JSON Schema for every content kind (<kind>.schema.json) into a folder, for editor set-up.")

    @Option(help: "The folder to write the schemas into (created if missing).")
    var output = "schemas"

    func run() throws {
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for kind in ContentSchema.allKinds {
            try Data(ContentSchema.schema(kind).utf8).write(to: folder.appendingPathComponent("\(kind).schema.json"))
        }
        print("hyte: wrote \(ContentSchema.allKinds.count) schemas to \(output)")
    }
}
