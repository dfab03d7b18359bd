import Foundation
@testable import SotkanetImport

/// A copy of the fixture plan in a temporary folder, and the Sotkanet files to import into it.
struct ImportFixture {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
    let root: URL

    /// `plan`: the folder under Fixtures to copy (`real-plan` is the one for the real samples).
    init(plan: String = "plan") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-sotkanet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(plan), to: content)
    }

    var content: URL { root.appendingPathComponent("content") }

    static func sotkanet(_ name: String) -> String {
        name.hasPrefix("/") ? name : fixtures.appendingPathComponent(name.hasPrefix("real/") ? name : "sotkanet/\(name)").path
    }

    func text(_ path: String) -> String? { try? String(contentsOf: content.appendingPathComponent(path), encoding: .utf8) }

    /// Every file of the plan by path, to tell that a run changed nothing.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)!
        for case let url as URL in enumerator where !url.hasDirectoryPath {
            files[url.path] = try Data(contentsOf: url)
        }
        return files
    }

    func write(_ text: String, to path: String) throws {
        try text.write(to: content.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    /// Reads the named Sotkanet files (under Fixtures/sotkanet, or `real/…`) and imports them.
    func run(_ names: [String], as asID: String? = nil, allowGaps: Bool = false) -> SotkanetImporter.Report {
        var input = SotkanetImporter.Input()
        var problems: [PlanModelDiagnostic] = []
        for name in names {
            let path = Self.sotkanet(name)
            let text = try! String(contentsOfFile: path, encoding: .utf8)
            if let file = SotkanetFile.read(text, path: path, problems: &problems) { input.add(file) }
        }
        precondition(problems.isEmpty, "\(problems)")
        return SotkanetImporter(content: content.path, asID: asID, allowGaps: allowGaps).run(input)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

import PlanModel
typealias PlanModelDiagnostic = Diagnostic
