import Foundation
import HyteBase
import Inspect
import PlanModel
import SiteRenderer

/// One good state of the live preview's site: every file, what made it and what each page links to.
struct PreviewSnapshot {
    var plan: Plan
    var files: [String: Data] = [:]
    /// Each unit's output paths and what it read.
    var units: [String: (paths: [String], reads: Set<PlanRead>)] = [:]
    /// The links and ids of every page, for the link check.
    var pages: [String: HTMLInspector] = [:]

    /// What merging made units into a snapshot did.
    struct Merge {
        /// Output paths written or removed.
        var touched: Set<String> = []
        /// No file appeared or went away, and no page's ids changed: pages not made again cannot
        /// have gained a broken link.
        var samePaths = true
        var sameIDs = true
        var xml: [Diagnostic] = []

        mutating func add(_ other: Merge) {
            touched.formUnion(other.touched)
            samePaths = samePaths && other.samePaths
            sameIDs = sameIDs && other.sameIDs
            xml += other.xml
        }
    }

    /// Puts units made again in place of their old files and drops the units the site no longer has
    /// (`live` holds the key of every unit of the site).
    mutating func merge(_ made: [String: MadeUnit], live: Set<String>) -> Merge {
        var merge = Merge()
        var oldIDs: [String: Set<String>] = [:]
        for (key, unit) in units where !live.contains(key) || made[key] != nil {
            for path in unit.paths {
                merge.touched.insert(path)
                files[path] = nil
                oldIDs[path] = pages.removeValue(forKey: path)?.ids
            }
            units[key] = nil
        }
        for unit in made.values {
            units[unit.key] = (unit.files.map(\.path), unit.reads)
            for (path, data, inspector, problem) in unit.files {
                if !merge.touched.contains(path) { merge.samePaths = false }
                merge.touched.insert(path)
                files[path] = data
                if let inspector {
                    pages[path] = inspector
                    if oldIDs[path] != inspector.ids { merge.sameIDs = false }
                }
                if let problem { merge.xml.append(problem) }
            }
        }
        merge.samePaths = merge.samePaths && merge.touched.allSatisfy { files[$0] != nil }
        return merge
    }
}

/// A unit as rendered and read back: each file's bytes, a page's links and ids, an XML problem.
struct MadeUnit: Sendable {
    var key: String
    var reads: Set<PlanRead>
    var files: [(path: String, data: Data, page: HTMLInspector?, problem: Diagnostic?)]

    init(_ unit: RenderedUnit, outputPath: String, ownMarkup: Bool) {
        key = unit.key
        reads = unit.reads
        // Done on the rendering threads: bytes, links and ids, and the XML check.
        files = unit.files.map { file in
            (file.path, Data(file.contents.utf8),
             !file.path.hasSuffix(".html") ? nil : ownMarkup ? HTMLInspector(ownHTML: file.contents) : HTMLInspector(html: file.contents),
             XMLFiles.checkEmitted(file, outputPath: outputPath))
        }
    }
}

/// Units handed over from the renderer's threads.
final class MadeUnits: Sendable {
    private let made = Locked<[String: MadeUnit]>([:])

    func add(_ unit: MadeUnit) {
        made.withLock { $0[unit.key] = unit }
    }

    var units: [String: MadeUnit] {
        made.withLock { $0 }
    }
}
