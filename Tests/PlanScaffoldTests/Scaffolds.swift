import Foundation
import PlanModel
import PlanScaffold

/// Shared by the tests: new plans in fresh temporary folders.
enum Scaffolds {
    /// The language sets `hyte new` is tested with: the default, Finnish only, and all three.
    static let languageSets = ["fi,sv", "fi", "fi,sv,en"]

    static func scaffold(_ languages: String, region: String = "Esimerkin hyvinvointialue") throws -> PlanScaffold {
        PlanScaffold(region: try RegionName(region), languages: try LanguageList.parse(languages))
    }

    static func temporaryFolder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    /// Every file and folder under `root`, as paths relative to it.
    static func tree(_ root: URL) -> [String] {
        (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
