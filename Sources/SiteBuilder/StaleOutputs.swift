import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folders a build keeps beside its output, `.<output>.hyte-build-<pid>` (the staging tree, or after the
/// exchange the previous site on its way out) and `.<output>.hyte-old-<pid>` (the previous site, set aside by the
/// two-rename fallback), and the recovery from builds that were killed before removing them.
enum StaleOutputs {
    enum Kind: String, CaseIterable {
        case build = "hyte-build"
        case old = "hyte-old"
    }

    struct Leftover: Equatable {
        var url: URL
        var kind: Kind
        var pid: Int32
    }

    struct RestoreFailure: Error, CustomStringConvertible {
        var description: String
    }

    static func url(_ kind: Kind, of output: URL, pid: Int32) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(kind.rawValue)-\(pid)")
    }

    /// Makes the output whole again after a killed build and removes what killed builds left behind.
    /// Only folders named exactly like `url(_:of:pid:)` for this output, whose build is no longer running, are touched.
    static func recover(output: URL) throws {
        let stale = leftovers(beside: output).filter { isGone($0.pid) }
        var removable = stale
        // A build killed between the fallback's two renames left no output but the previous site set aside.
        if !exists(output.path),
           let previous = stale.filter({ $0.kind == .old }).max(by: { changeTime($0.url) < changeTime($1.url) }) {
            if rename(previous.url.path, output.path) != 0 && !exists(output.path) {
                throw RestoreFailure(description: "cannot restore the previous site from \(previous.url.path) to \(output.path): "
                    + String(cString: strerror(errno)))
            }
            removable.removeAll { $0 == previous }
        }
        for leftover in removable { try? FileManager.default.removeItem(at: leftover.url) }
    }

    /// Real folders (not links) beside the output whose name is `.<output>.<kind>-<pid>` with a canonical decimal pid.
    static func leftovers(beside output: URL) -> [Leftover] {
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return [] }
        return names.sorted().compactMap { name -> Leftover? in
            guard name.hasPrefix(prefix) else { return nil }
            let rest = name.dropFirst(prefix.count)
            for kind in Kind.allCases where rest.hasPrefix(kind.rawValue + "-") {
                let digits = rest.dropFirst(kind.rawValue.count + 1)
                guard let pid = Int32(digits), pid > 0, String(pid) == digits else { return nil }
                let url = parent.appendingPathComponent(name)
                var info = stat()
                guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
                return Leftover(url: url, kind: kind, pid: pid)
            }
            return nil
        }
    }

    /// Our own pid counts as gone: a folder with it was left by an earlier process that had the same pid.
    /// A process of another user (EPERM) counts as running.
    static func isGone(_ pid: Int32) -> Bool {
        pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH)
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// A rename sets the change time, so the newest is the site set aside last.
    private static func changeTime(_ url: URL) -> Double {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return 0 }
        return Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9
    }
}
