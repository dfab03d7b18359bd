import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HyteBase

/// Builds into a temporary folder beside the output and swaps it in only when everything succeeded,
/// so a failed or interrupted build never leaves a half-written site.
struct StagedOutput {
    let output: URL
    let staging: URL
    /// Folders made so far: asking the file system again for every file cost 5 % of a large build.
    private let folders = MadeFolders()
    /// Paths as plain strings: URL arithmetic for every file cost 5 % of a 10,000-page build.
    private let stagingPath: String
    private let outputPath: String
    /// Whether there is a previous output to hard-link unchanged files from.
    private let hasPrevious: Bool

    /// Files kept from the previous output: the placeholder that keeps `output/` in git.
    static let carriedOver = [".gitkeep"]

    init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try StaleOutputs.recover(output: self.output)
        staging = StaleOutputs.url(.build, of: self.output, pid: getpid())
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        stagingPath = staging.path
        outputPath = self.output.path
        hasPrevious = FileManager.default.fileExists(atPath: outputPath)
    }

    /// Writes with plain POSIX calls: Foundation's `Data.write` syncs every file to disk, which the
    /// final rename makes unnecessary and which cost more than rendering.
    /// A file whose bytes equal the previous output's is hard-linked from it instead of written: no new
    /// inode, no data written, and the file keeps its modification time for web servers and rsync.
    func write(_ relativePath: String, _ bytes: String) throws {
        let path = stagingPath + "/" + relativePath
        if let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/")) {
            try folders.make(stagingPath + "/" + relativePath[..<slash])
        }
        if hasPrevious {
            let previous = outputPath + "/" + relativePath
            if Self.sameBytes(previous, bytes), link(previous, path) == 0 { return }
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(descriptor) }
        var text = bytes
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                guard written > 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
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

    struct SwapFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Replaces the output with the staged folder so that at every moment `output/` is the old or the new
    /// complete site: one atomic exchange of the two folders, then the old tree is removed from the staging name.
    /// `exchange: false` forces the fallback for filesystems without RENAME_EXCHANGE (used by tests).
    func commit(exchange: Bool = true) throws {
        let fm = FileManager.default
        for name in Self.carriedOver {
            let old = output.appendingPathComponent(name)
            if fm.fileExists(atPath: old.path) { try? fm.copyItem(at: old, to: staging.appendingPathComponent(name)) }
        }
        var info = stat()
        if lstat(output.path, &info) != 0 {
            guard errno == ENOENT else { throw failure("cannot read", output) }
            // Nothing to replace: a single rename is atomic.
            guard rename(staging.path, output.path) == 0 else { throw failure("cannot rename \(staging.path) to", output) }
            return
        }
        if exchange {
            if Self.exchange(staging.path, output.path) == 0 {
                try? fm.removeItem(at: staging)
                return
            }
            guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else {
                throw failure("cannot exchange \(staging.path) with", output)
            }
        }
        // Two renames: between them `output/` is missing and the old site waits at `.hyte-old-<pid>`, where
        // the next build's StaleOutputs.recover finds it if this process is killed.
        let retired = StaleOutputs.url(.old, of: output, pid: getpid())
        guard rename(output.path, retired.path) == 0 else { throw failure("cannot rename \(output.path) to", retired) }
        guard rename(staging.path, output.path) == 0 else {
            let error = failure("cannot rename \(staging.path) to", output)
            _ = rename(retired.path, output.path)
            throw error
        }
        try? fm.removeItem(at: retired)
    }

    private func failure(_ action: String, _ url: URL) -> SwapFailure {
        SwapFailure(description: "\(action) \(url.path): \(String(cString: strerror(errno)))")
    }

    /// renameat2(RENAME_EXCHANGE): Swift's Glibc module hides renameat2 (it needs _GNU_SOURCE), so it is looked
    /// up at run time; a C library without it reports ENOSYS and the caller falls back to two renames.
    static func exchange(_ from: String, _ to: String) -> Int32 {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        let renameExchange: UInt32 = 2
        guard let symbol = renameat2Symbol else {
            errno = ENOSYS
            return -1
        }
        return unsafeBitCast(symbol, to: RenameAt2.self)(AT_FDCWD, from, AT_FDCWD, to, renameExchange)
        #else
        errno = ENOSYS
        return -1
        #endif
    }

    #if os(Linux)
    private nonisolated(unsafe) static let renameat2Symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2")
    #endif

    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}

/// The folders a staged build has made, shared by the rendering threads.
private final class MadeFolders: Sendable {
    private let made = Locked<Set<String>>([])

    func make(_ folder: String) throws {
        if made.withLock({ $0.contains(folder) }) { return }
        // Made outside the lock: two threads may both make a folder, and mkdirs accepts one that exists.
        try Self.mkdirs(folder)
        made.withLock { _ = $0.insert(folder) }
    }

    /// One mkdir for a folder whose parent exists (FileManager checks every parent first): a site of
    /// 10,000 pages makes 10,000 folders.
    static func mkdirs(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        try mkdirs((path as NSString).deletingLastPathComponent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }
}
