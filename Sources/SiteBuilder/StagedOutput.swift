import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Builds into a temporary folder beside the output and swaps it in only when everything succeeded,
/// so a failed or interrupted build never leaves a half-written site.
struct StagedOutput {
    let output: URL
    let staging: URL

    /// Files kept from the previous output: the placeholder that keeps `output/` in git.
    static let carriedOver = [".gitkeep"]

    init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).hyte-build-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Writes with plain POSIX calls: Foundation's `Data.write` syncs every file to disk, which the
    /// final rename makes unnecessary and which cost more than rendering.
    /// A file whose bytes equal the previous output's is hard-linked from it instead of written: no new
    /// inode, no data written, and the file keeps its modification time for web servers and rsync.
    func write(_ relativePath: String, _ bytes: String) throws {
        let url = staging.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let previous = output.appendingPathComponent(relativePath).path
        if Self.sameBytes(previous, bytes), link(previous, url.path) == 0 { return }
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        defer { close(descriptor) }
        var text = bytes
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
                offset += written
            }
        }
    }

    /// True when the file at `path` holds exactly `text` as UTF-8.
    static func sameBytes(_ path: String, _ text: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == text.utf8.count,
              let data = FileManager.default.contents(atPath: path) else { return false }
        var text = text
        return text.withUTF8 { buffer in
            data.withUnsafeBytes { old in memcmp(old.baseAddress!, buffer.baseAddress!, buffer.count) == 0 }
        }
    }

    func copy(_ source: URL, to relativePath: String) throws {
        let url = staging.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: url)
    }

    /// Replaces the output with the staged folder: two renames, so the old site stays whole until the last moment.
    func commit() throws {
        let fm = FileManager.default
        for name in Self.carriedOver {
            let old = output.appendingPathComponent(name)
            if fm.fileExists(atPath: old.path) { try? fm.copyItem(at: old, to: staging.appendingPathComponent(name)) }
        }
        let retired = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).hyte-old-\(ProcessInfo.processInfo.processIdentifier)")
        var hadOutput = false
        if fm.fileExists(atPath: output.path) {
            try fm.moveItem(at: output, to: retired)
            hadOutput = true
        }
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            if hadOutput { try? fm.moveItem(at: retired, to: output) }
            throw error
        }
        if hadOutput { try? fm.removeItem(at: retired) }
    }

    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}
