import Foundation
import PlanScaffold
import Testing

/// Where `hyte new` writes: a new or empty folder, and nothing outside it.
@Suite struct NewFolderTests {
    @Test func createsTheFolderAndItsParentsAndWritesNothingElse() throws {
        let root = try Scaffolds.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try Scaffolds.scaffold("fi,sv").write(to: root.appendingPathComponent("a/b/plan"))
        let written = Scaffolds.tree(root)
        #expect(written.allSatisfy { $0 == "a" || $0 == "a/b" || $0.hasPrefix("a/b/plan") })
        let plan = Scaffolds.tree(root.appendingPathComponent("a/b/plan"))
        #expect(Set(files.map(\.path)).isSubset(of: plan))
        for file in files {
            #expect(try String(contentsOf: root.appendingPathComponent("a/b/plan/\(file.path)"), encoding: .utf8) == file.contents)
        }
    }

    @Test func anEmptyFolderIsUsed() throws {
        let root = try Scaffolds.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Scaffolds.scaffold("fi").write(to: root)
        #expect(Scaffolds.tree(root).contains("content/site.yaml"))
    }

    @Test(arguments: ["notes.txt", ".git"])
    func aFolderWithAnythingInItIsRefusedAndLeftAsItWas(_ name: String) throws {
        let root = try Scaffolds.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("mine".utf8).write(to: root.appendingPathComponent(name))
        #expect {
            try Scaffolds.scaffold("fi").write(to: root)
        } throws: { error in
            (error as? ScaffoldError)?.description.contains("is not empty") == true
        }
        #expect(Scaffolds.tree(root) == [name])
    }

    @Test func aFileIsRefused() throws {
        let root = try Scaffolds.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("plan")
        try Data().write(to: file)
        #expect(throws: ScaffoldError.self) { try Scaffolds.scaffold("fi").write(to: file) }
        #expect(throws: ScaffoldError("'\(file.path)' is a file, so no folder can be made inside it; name another folder for the plan")) {
            try Scaffolds.scaffold("fi").write(to: file.appendingPathComponent("x/y"))
        }
        #expect(Scaffolds.tree(root) == ["plan"])
    }
}
