import Foundation
import HyteTestSupport
import Testing

/// The real `hyte new`, then `hyte check` and `hyte build` in the new folder with their defaults,
/// as a plan team would run them. The hyte executable is built beside the test bundle by
/// `swift test`, as for ServeCommandTests.
@Suite struct NewCommandTests {

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        let process = try #require(HyteExecutable.process(arguments, in: folder), "no hyte executable beside the test binary; run swift build first")
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Standard error is read on another thread, so neither pipe can fill up and block hyte.
        let errors = Collected()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errors.data = err.fileHandleForReading.readDataToEndOfFile() }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
                   stderr: String(decoding: errors.data, as: UTF8.self))
    }

    /// What the reading thread hands back; written once, read after the group's wait.
    final class Collected: @unchecked Sendable {
        var data = Data()
    }

    @Test(arguments: [nil, "fi", "fi,sv,en"])
    func aNewPlanChecksCleanAndBuilds(_ languages: String?) throws {
        let root = try Scaffolds.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let new = try Self.run(["new", "x"] + (languages.map { ["--languages", $0] } ?? []), in: root)
        #expect(new.status == 0, "\(new.stderr)")
        #expect(new.stdout.contains("cd x\n  hyte check\n  hyte serve\n"))
        let plan = root.appendingPathComponent("x")

        let check = try Self.run(["check"], in: plan)
        #expect(check.status == 0)
        #expect(!(check.stdout + check.stderr).contains("error") && !(check.stdout + check.stderr).contains("warning"),
                "\(check.stdout)\(check.stderr)")
        #expect(check.stdout == "hyte: content is valid\n")

        let build = try Self.run(["build"], in: plan)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: plan.appendingPathComponent("output/index.html").path))
    }

    @Test func aFolderInUseIsAUsageError() throws {
        let root = try Scaffolds.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("mine".utf8).write(to: root.appendingPathComponent("notes.txt"))
        let run = try Self.run(["new", "."], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is not empty") && run.stderr.contains("name a new folder or empty this one"))
        #expect(Scaffolds.tree(root) == ["notes.txt"])
    }

    @Test(arguments: ["de", "fi,fi", ""])
    func wrongLanguagesAreAUsageError(_ languages: String) throws {
        let root = try Scaffolds.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try Self.run(["new", "x", "--languages", languages], in: root)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--languages"))
        #expect(Scaffolds.tree(root) == [])
    }
}
