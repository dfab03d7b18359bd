import Foundation
import HyteTestSupport
import Testing
@testable import SiteBuilder
#if canImport(Glibc)
import Glibc
#endif

/// A build killed at any moment leaves `output/` as the old or the new complete site, and the next build
/// cleans up after it; the cleanup touches nothing but this output's own leftovers.
@Suite(.serialized) struct KillTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let rounds = 20

    @Test func sigkillAtRandomMomentsLeavesOldOrNewSite() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        let oldContent = root.appendingPathComponent("content-old"), newContent = root.appendingPathComponent("content-new")
        try fm.createDirectory(at: root, withIntermediateDirectories: true)
        try fm.copyItem(at: Self.repository.appendingPathComponent("content"), to: oldContent)
        try fm.copyItem(at: oldContent, to: newContent)
        // The site title is on every page of its language: most pages change, the rest are hard-linked.
        let siteFile = newContent.appendingPathComponent("site.yaml")
        let site = try String(contentsOf: siteFile, encoding: .utf8)
        let edited = site.replacingOccurrences(of: "\n  fi: ", with: "\n  fi: Uusi ")
        try #require(edited != site, "site.yaml has no Finnish title to edit")
        try edited.write(to: siteFile, atomically: true, encoding: .utf8)

        let oldSite = root.appendingPathComponent("old/output"), newSite = root.appendingPathComponent("new/output")
        try Self.build(content: oldContent, output: oldSite, in: root)
        // The new site is built over a copy of the old one, as in every round (its unchanged files are
        // hard-linked), so its time is a round's.
        try fm.createDirectory(at: newSite.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fm.copyItem(at: oldSite, to: newSite)
        let started = Date()
        try Self.build(content: newContent, output: newSite, in: root)
        let buildTime = Date().timeIntervalSince(started)
        let old = try Self.snapshot(oldSite), new = try Self.snapshot(newSite)
        let differing = new.filter { old[$0.key] != $0.value }.count
        try #require(old.count > 300 && differing > 100, "the edit must change much of the site: \(differing) of \(new.count) entries differ")
        let contentBefore = try Self.snapshot(newContent)

        let place = root.appendingPathComponent("site"), output = place.appendingPathComponent("output")
        func restoreOldSite() throws {
            try? fm.removeItem(at: output)
            try fm.createDirectory(at: place, withIntermediateDirectories: true)
            try fm.copyItem(at: oldSite, to: output)
        }
        var seed = ProcessInfo.processInfo.environment["HYTE_KILL_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64(UInt32.max))
        print("kill test: seed \(seed) (HYTE_KILL_SEED), build \(String(format: "%.2f", buildTime)) s, "
              + "\(differing) of \(new.count) files and folders differ")
        // The build time follows the machine's load (other tests run alongside), so each build that ends
        // before its kill, or outlasts the estimate, updates it.
        var estimate = buildTime
        var phases: [String: Int] = [:]
        try restoreOldSite()
        for round in 1...Self.rounds {
            // A little longer than a build, so that some kills land after the swap.
            let delay = Double(SplitMix64.next(&seed) >> 11) / Double(1 << 53) * estimate * 1.25
            let process = try Self.start(content: newContent, output: output, in: root)
            let start = Date()
            while process.isRunning && Date().timeIntervalSince(start) < delay { usleep(5_000) }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                estimate = max(estimate, delay)
            } else {
                estimate = Date().timeIntervalSince(start)
            }
            process.waitUntilExit()
            let killed = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
            let after = try Self.snapshot(output)
            let verdict = after == old ? "old" : after == new ? "new" : "NEITHER"
            // The killed build's own staging folder tells how far it had come.
            let staged = fm.fileExists(atPath: StaleOutputs.url(.build, of: output, pid: process.processIdentifier).path)
            let phase = !killed ? "exited before the kill" : staged ? (after == old ? "killed while staging" : "killed after the swap")
                : after == old ? "killed before staging" : "killed after removing the old site"
            phases[phase, default: 0] += 1
            print("kill test: round \(round) delay \(String(format: "%.3f", delay)) s: \(phase), output is \(verdict)")
            #expect(after == old || after == new, "round \(round): output is neither the old nor the new site (\(Self.difference(after, old, new)))")
            #expect(killed || after == new, "round \(round): the build exited without writing the new site")
            let strays = try fm.contentsOfDirectory(atPath: place.path).filter { $0 != "output" && !$0.hasPrefix(".output.hyte-") }
            #expect(strays == [], "round \(round): written beside the output: \(strays)")
            // An output that is the old site is already what the next round starts from.
            if after != old { try restoreOldSite() }
        }
        print("kill test: rounds by moment of the kill: \(phases.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")

        try Self.build(content: newContent, output: output, in: root)
        let final = try Self.snapshot(output)
        #expect(final == new, "the build after the kills did not write the new site (\(Self.difference(final, old, new)))")
        #expect(try fm.contentsOfDirectory(atPath: place.path) == ["output"])
        #expect(try Self.snapshot(newContent) == contentBefore)
    }

    @Test func cleanupTouchesOnlyDeadLeftoversOfThisOutput() throws {
        let fm = FileManager.default
        let place = fm.temporaryDirectory.appendingPathComponent("hyte-stale-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: place) }
        let dead = Self.deadPID(), older = Self.deadPID(below: dead)
        let live: Int32 = 1
        let kept = [".output.hyte-build-notapid", ".output.hyte-old-0\(dead)", ".output.hyte-build-\(live)",
                    ".output.hyte-old-\(live)", ".other.hyte-old-\(dead)", "output.bak", ".output.hyte-old-\(dead).x"]
        for name in kept + [".output.hyte-build-\(dead)", ".output.hyte-old-\(older)"] {
            try fm.createDirectory(at: place.appendingPathComponent(name), withIntermediateDirectories: true)
            try Data(name.utf8).write(to: place.appendingPathComponent(name).appendingPathComponent("index.html"))
        }
        // A file and a link with a leftover's name are not folders a build made.
        try Data().write(to: place.appendingPathComponent(".output.hyte-build-\(Self.deadPID(below: older))"))
        try fm.createSymbolicLink(atPath: place.appendingPathComponent(".output.hyte-old-\(Self.deadPID(below: older - 1))").path,
                                  withDestinationPath: "output.bak")
        // The newest site set aside (older set aside first) is the one that comes back.
        usleep(20_000)
        try fm.createDirectory(at: place.appendingPathComponent(".output.hyte-old-\(dead)"), withIntermediateDirectories: true)
        try Data("previous".utf8).write(to: place.appendingPathComponent(".output.hyte-old-\(dead)/index.html"))

        let before = try fm.contentsOfDirectory(atPath: place.path).sorted()
        try StaleOutputs.recover(output: place.appendingPathComponent("output"))
        let after = try fm.contentsOfDirectory(atPath: place.path).sorted()
        let removed = Set(before).subtracting(after)
        #expect(removed == [".output.hyte-build-\(dead)", ".output.hyte-old-\(older)", ".output.hyte-old-\(dead)"])
        #expect(Set(after).subtracting(before) == ["output"])
        #expect(try String(contentsOf: place.appendingPathComponent("output/index.html"), encoding: .utf8) == "previous")
        for name in kept {
            #expect(try String(contentsOf: place.appendingPathComponent(name).appendingPathComponent("index.html"), encoding: .utf8) == name)
        }

        // With an output present, a dead build's set-aside site is only removed.
        try fm.createDirectory(at: place.appendingPathComponent(".output.hyte-old-\(dead)"), withIntermediateDirectories: true)
        try StaleOutputs.recover(output: place.appendingPathComponent("output"))
        #expect(!fm.fileExists(atPath: place.appendingPathComponent(".output.hyte-old-\(dead)").path))
        #expect(try String(contentsOf: place.appendingPathComponent("output/index.html"), encoding: .utf8) == "previous")
    }

    @Test(arguments: [true, false]) func commitSwapsAndCarriesOverGitkeep(exchange: Bool) throws {
        let fm = FileManager.default
        let place = fm.temporaryDirectory.appendingPathComponent("hyte-swap-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: place) }
        let output = place.appendingPathComponent("output")
        try fm.createDirectory(at: output, withIntermediateDirectories: true)
        try Data().write(to: output.appendingPathComponent(".gitkeep"))
        try Data("old".utf8).write(to: output.appendingPathComponent("gone.html"))
        try Data("same".utf8).write(to: output.appendingPathComponent("same.html"))
        let stage = try StagedOutput(output: output)
        try stage.write("index.html", "new")
        try stage.write("same.html", "same")
        try stage.commit(exchange: exchange)
        #expect(try fm.contentsOfDirectory(atPath: place.path) == ["output"])
        #expect(Set(try fm.contentsOfDirectory(atPath: output.path)) == [".gitkeep", "index.html", "same.html"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "new")

        // Into a place with no output yet.
        try fm.removeItem(at: output)
        let first = try StagedOutput(output: output)
        try first.write("index.html", "first")
        try first.commit(exchange: exchange)
        #expect(try fm.contentsOfDirectory(atPath: place.path) == ["output"])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "first")
    }

    // MARK: - Helpers

    static func start(content: URL, output: URL, in root: URL) throws -> Process {
        // Without PDFs and search index: they only lengthen the time spent in staging, and Pagefind's
        // pagefind-entry.json lists the languages in a different order from run to run.
        let arguments = ["build", "--no-pdf", "--no-search", "--content", content.path, "--templates", root.appendingPathComponent("templates").path,
                         "--output", output.path]
        let process = try #require(HyteExecutable.process(arguments, in: root), "no hyte executable beside the test binary; run swift build first")
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func build(content: URL, output: URL, in root: URL) throws {
        let process = try start(content: content, output: output, in: root)
        process.waitUntilExit()
        try #require(process.terminationReason == .exit && process.terminationStatus == 0,
                     "hyte build --content \(content.path) --output \(output.path) failed with \(process.terminationStatus)")
    }

    /// Every file and folder below `folder`: a file's bytes, a folder as "/" with no bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var entries: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey])
        while let url = enumerator?.nextObject() as? URL {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count))
            if try url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory == true {
                entries[relative + "/"] = Data()
            } else {
                entries[relative] = try Data(contentsOf: url)
            }
        }
        return entries
    }

    static func difference(_ found: [String: Data], _ old: [String: Data], _ new: [String: Data]) -> String {
        let missing = Set(old.keys).intersection(new.keys).subtracting(found.keys).sorted()
        let changed = found.filter { old[$0.key] != $0.value && new[$0.key] != $0.value }.keys.sorted()
        return "\(found.count) entries; \(missing.count) missing, e.g. \(missing.prefix(3)); \(changed.count) unlike both, e.g. \(changed.prefix(3))"
    }

    /// A pid no process has: kill(pid, 0) reports ESRCH.
    static func deadPID(below limit: Int32 = Int32.max) -> Int32 {
        var pid = limit - 1
        while kill(pid, 0) == 0 || errno != ESRCH { pid -= 1 }
        return pid
    }
}

/// A seedable generator, so a failing round can be replayed with HYTE_KILL_SEED.
enum SplitMix64 {
    static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
