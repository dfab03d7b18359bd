import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders and everything below them with inotify and hands over the paths that changed, one
/// batch per burst: editors save through temporary files and renames, so events are gathered until
/// none came for `quiet` milliseconds. Editor scratch files are left out. An empty batch means "the
/// kernel dropped events: assume everything changed". A root that does not exist yet is waited for in
/// its parent folder.
public final class FileWatcher: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF)
    /// A steady stream of events (a checkout, a script writing files) is still handed over this often.
    private static let longest: Duration = .milliseconds(250)

    private let roots: [String]
    private let quiet: Duration
    private let changed: @Sendable ([String]) -> Void
    private let log: @Sendable (String) -> Void
    private let inotify: Int32
    private let wake: (read: Int32, write: Int32)
    private let finished = DispatchSemaphore(value: 0)
    // Touched by init and then only by the watching thread.
    private var folders: [Int32: String] = [:]
    private var awaited: [Int32: String] = [:]
    private var started = false
    private var stopped = false

    /// Every existing root is watched when this returns, so nothing written afterwards is missed.
    public init(roots: [String], quiet: Duration = .milliseconds(15), log: @escaping @Sendable (String) -> Void,
                changed: @escaping @Sendable ([String]) -> Void) throws {
        self.roots = roots
        self.quiet = quiet
        self.changed = changed
        self.log = log
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else { throw Failure(description: "cannot watch files: \(String(cString: strerror(errno)))") }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            close(inotify)
            throw Failure(description: "cannot watch files: \(String(cString: strerror(errno)))")
        }
        wake = (ends[0], ends[1])
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        for root in roots {
            if Self.isFolder(root) {
                var ignored = Set<String>()
                if let problem = addTree(root, collecting: &ignored) {
                    closeAll()
                    throw Failure(description: problem)
                }
            } else {
                awaitRoot(root)
            }
        }
    }

    /// Starts handing over changes on a thread of its own.
    public func start() {
        guard !started else { return }
        started = true
        let thread = Thread { [self] in run() }
        thread.name = "hyte file watcher"
        thread.start()
    }

    /// Stops watching; no batch is handed over after this returns.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        guard started else { return closeAll() }
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
        finished.wait()
    }

    private func run() {
        var batch = Set<String>()
        var everything = false
        var due: ContinuousClock.Instant?
        var first: ContinuousClock.Instant?
        let clock = ContinuousClock()
        while true {
            var timeout: Int32 = -1
            if let due {
                let left = clock.now.duration(to: due)
                timeout = left <= .zero ? 0 : Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000) + 1
            }
            var fds = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, timeout)
            if ready < 0 && errno != EINTR {
                log("hyte: warning: stopped watching files: \(String(cString: strerror(errno)))")
                break
            }
            if fds[1].revents != 0 { break }
            if fds[0].revents & Int16(POLLIN) != 0, drain(into: &batch, everything: &everything) {
                let now = clock.now
                if first == nil { first = now }
                due = min(now + quiet, first! + Self.longest)
            }
            if let deadline = due, clock.now >= deadline {
                if everything || !batch.isEmpty { changed(everything ? [] : batch.sorted()) }
                (batch, everything, due, first) = ([], false, nil, nil)
            }
        }
        closeAll()
        finished.signal()
    }

    /// Reads every queued event; true when one of them counts.
    private func drain(into batch: inout Set<String>, everything: inout Bool) -> Bool {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        var counted = false
        while true {
            let length = read(inotify, buffer, size)
            if length <= 0 { break }
            var offset = 0
            while offset + 16 <= length {
                let wd = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let nameLength = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let bytes = UnsafeRawBufferPointer(start: buffer + offset + 16, count: nameLength)
                let name = String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += 16 + nameLength
                if handle(wd: wd, mask: mask, name: name, batch: &batch, everything: &everything) { counted = true }
            }
        }
        return counted
    }

    private func handle(wd: Int32, mask: UInt32, name: String, batch: inout Set<String>, everything: inout Bool) -> Bool {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            everything = true
            return true
        }
        var counted = false
        if let root = awaited[wd], mask & UInt32(IN_ISDIR) != 0, name == (root as NSString).lastPathComponent {
            awaited[wd] = nil
            if folders[wd] == nil { inotify_rm_watch(inotify, wd) }
            if let problem = addTree(root, collecting: &batch) { log("hyte: warning: \(problem)") }
            batch.insert(root)
            counted = true
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            // The folder is gone (its IN_DELETE_SELF came first); a root is waited for again.
            if let folder = folders.removeValue(forKey: wd), roots.contains(folder) { awaitRoot(folder) }
            return counted
        }
        guard let folder = folders[wd] else { return counted }
        if mask & UInt32(IN_DELETE_SELF) != 0 {
            batch.insert(folder)
            return true
        }
        guard !name.isEmpty, !Self.isScratch(name) else { return counted }
        let path = folder + "/" + name
        if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
            if let problem = addTree(path, collecting: &batch) { log("hyte: warning: \(problem)") }
        }
        if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_MOVED_FROM) != 0 {
            // A folder moved away keeps its watches under its old names; they are dropped (a move
            // within the tree is watched anew by its IN_MOVED_TO, which comes after).
            for (watch, name) in folders where name == path || name.hasPrefix(path + "/") {
                inotify_rm_watch(inotify, watch)
                folders[watch] = nil
            }
        }
        batch.insert(path)
        return true
    }

    /// Watches a folder and every folder below it (symbolic links are not followed, so no cycles), adding
    /// the files found to `batch`: a folder moved in brings its files along. Returns a problem, if any.
    private func addTree(_ root: String, collecting batch: inout Set<String>) -> String? {
        var pending = [root]
        while let folder = pending.popLast() {
            let wd = inotify_add_watch(inotify, folder, Self.mask | UInt32(IN_ONLYDIR | IN_DONT_FOLLOW))
            if wd < 0 {
                if errno == ENOENT || errno == ENOTDIR { continue }
                let reason = errno == ENOSPC ? "the system's limit of watched folders (fs.inotify.max_user_watches) is reached"
                    : String(cString: strerror(errno))
                return "cannot watch \(folder): \(reason)"
            }
            folders[wd] = folder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where !Self.isScratch(name) {
                let path = folder + "/" + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR { pending.append(path) } else { batch.insert(path) }
            }
        }
        return nil
    }

    /// Waits for a missing root to appear in its parent folder (when that exists and is not watched already).
    private func awaitRoot(_ root: String) {
        let parent = (root as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        guard !folders.values.contains(folder) else { return }
        let wd = inotify_add_watch(inotify, folder, UInt32(IN_CREATE | IN_MOVED_TO | IN_ONLYDIR))
        if wd >= 0 { awaited[wd] = root }
    }

    /// Editors' scratch files (vim's `.x.swp` and `4913`, Emacs's `.#x` and `x~`, JetBrains' `___jb_tmp___`)
    /// and every hidden file, which the content loader skips too.
    static func isScratch(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name.hasSuffix("___jb_tmp___") || name.hasSuffix("___jb_old___")
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func closeAll() {
        close(inotify)
        close(wake.read)
        close(wake.write)
    }
}
