import Foundation
import PlanLoader

/// Editor set-up for the plan repository, as docs/editor-setup.md describes it: the JSON Schemas
/// of `hyte schema` in `schemas/`, VS Code's `yaml.schemas` mapping for the YAML kinds, and the
/// Red Hat YAML extension recommended. Markdown front matter gets no mapping: editors do not
/// apply YAML schemas inside Markdown, and `hyte check` covers it.
enum EditorFiles {
    static func files() throws -> [ScaffoldFile] {
        let schemas = ContentSchema.allKinds.map { ScaffoldFile(path: "schemas/\($0).schema.json", contents: ContentSchema.schema($0)) }
        var mapping: [String: String] = [:]
        for kind in ContentSchema.kinds {
            guard let pattern = ContentSchema.contentPattern(kind), pattern.hasSuffix(".yaml") else { continue }
            mapping["./schemas/\(kind).schema.json"] = "content/\(pattern)"
        }
        return schemas + [
            ScaffoldFile(path: ".vscode/settings.json", contents: try json(["yaml.schemas": mapping])),
            ScaffoldFile(path: ".vscode/extensions.json", contents: try json(["recommendations": ["redhat.vscode-yaml"]])),
        ]
    }

    /// Pretty JSON with sorted keys, so the same plan always gets the same bytes.
    static func json(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
