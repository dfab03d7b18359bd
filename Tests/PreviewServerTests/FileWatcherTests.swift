import Foundation
import Testing
@testable import PreviewServer

/// The watcher reports saved files, folders made later, editors' renames, and skips scratch files.
@Suite(.serialized) struct FileWatcherTests {
    /// Batches handed over by a watcher.
    final class Batches: @unchecked Sendable {
        private let lock = NSLock()
        private var all: [[String]] = []
        private var consumed = 0

        func add(_ batch: [String]) {
            lock.lock()
            all.append(batch)
            lock.unlock()
        }

        var list: [[String]] {
            lock.lock()
            defer { lock.unlock() }
            return all
        }

        /// Waits for a batch that names `path` among those not waited for yet; returns every path of
        /// the batches up to it.
        func waitFor(_ path: String) async throws -> Set<String> {
            var found: Set<String>?
            try await EventStreamClient.poll(within: .seconds(20), "no batch named \(path); got \(list)") {
                found = take(path)
                return found != nil
            }
            return found!
        }

        private func take(_ path: String) -> Set<String>? {
            lock.lock()
            defer { lock.unlock() }
            guard let index = all.indices.dropFirst(consumed).first(where: { all[$0].contains(path) }) else { return nil }
            defer { consumed = index + 1 }
            return Set(all[consumed...index].joined())
        }
    }

    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("hyte-watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/content/goals", withIntermediateDirectories: true)
        return path
    }

    static func write(_ path: String, _ text: String = "x") throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    @Test func savesNewFoldersAndRenamesAreReported() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let batches = Batches()
        let content = root + "/content"
        let watcher = try FileWatcher(roots: [content], log: { _ in }) { batches.add($0) }
        watcher.start()
        defer { watcher.stop() }

        try Self.write(content + "/goals/a.md")
        #expect(try await batches.waitFor(content + "/goals/a.md").contains(content + "/goals/a.md"))

        // Scratch files of editors never appear, whatever batch they fall into.
        for name in [".a.md.swp", "a.md~", "4913", ".#a.md", "a.md.swx"] { try Self.write(content + "/goals/" + name) }
        // An editor's save: a temporary file renamed over the real one.
        try Self.write(content + "/goals/.b.md.tmp")
        try FileManager.default.moveItem(atPath: content + "/goals/.b.md.tmp", toPath: content + "/goals/b.md")
        let seen = try await batches.waitFor(content + "/goals/b.md")
        #expect(seen.allSatisfy { !$0.hasSuffix("swp") && !$0.hasSuffix("~") && !$0.hasSuffix("4913") && !$0.contains("/.") && !$0.hasSuffix("swx") })

        // A folder made now is watched too, and files written into it before its watch began are reported.
        try FileManager.default.createDirectory(atPath: content + "/measures/deep", withIntermediateDirectories: true)
        try Self.write(content + "/measures/deep/c.md")
        _ = try await batches.waitFor(content + "/measures/deep/c.md")
        try Self.write(content + "/measures/deep/d.md")
        _ = try await batches.waitFor(content + "/measures/deep/d.md")

        // A removal is a change too.
        try FileManager.default.removeItem(atPath: content + "/goals/a.md")
        _ = try await batches.waitFor(content + "/goals/a.md")
        #expect(batches.list.filter { $0.contains(content + "/goals/a.md") }.count >= 2, "written, then removed")
    }

    @Test func aMissingRootIsWaitedFor() async throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let batches = Batches()
        let templates = root + "/templates"
        let watcher = try FileWatcher(roots: [root + "/content", templates], log: { _ in }) { batches.add($0) }
        watcher.start()
        defer { watcher.stop() }
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: false)
        _ = try await batches.waitFor(templates)
        try Self.write(templates + "/layout.mustache")
        _ = try await batches.waitFor(templates + "/layout.mustache")
    }

    @Test func stopEndsTheBatches() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let batches = Batches()
        let watcher = try FileWatcher(roots: [root + "/content"], log: { _ in }) { batches.add($0) }
        watcher.start()
        watcher.stop()
        watcher.stop()
        try Self.write(root + "/content/goals/late.md")
        #expect(batches.list.isEmpty)
    }

    @Test func scratchNames() {
        for name in [".x.md.swp", "x.md~", "4913", ".#x.md", "x.md___jb_tmp___", ".hidden"] { #expect(FileWatcher.isScratch(name), "\(name)") }
        for name in ["x.md", "data.csv", "4914", "site.yaml"] { #expect(!FileWatcher.isScratch(name), "\(name)") }
    }
}
