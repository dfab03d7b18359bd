import Foundation

/// Builds the Pagefind search index of a staged site: one index per page language, with Finnish
/// and Swedish stemming, read by the search page in the browser. The site works without it.
struct SearchIndexer {
    static let installHint = "install it with: python3 -m pip install pagefind_bin (or put the pagefind binary on PATH)"

    /// Charts repeat their data table's numbers; indexing them only buries the text.
    static let arguments = ["--quiet", "--exclude-selectors", "figure.chart-block"]

    /// Indexes the site in `folder`; returns the problem, or nil when the index was written.
    static func index(_ folder: URL, command: [String]) -> String? {
        let result = ExternalTool.run(command + arguments + ["--site", folder.path])
        guard result.status == 0, FileManager.default.fileExists(atPath: folder.appendingPathComponent("pagefind/pagefind.js").path) else {
            let output = result.output.split(separator: "\n").joined(separator: " ")
            return "Pagefind could not index the site: \(output.isEmpty ? "exit \(result.status)" : output)"
        }
        return sortEntry(folder.appendingPathComponent("pagefind/pagefind-entry.json"))
    }

    /// Pagefind lists the languages of its entry file in a different order from run to run; the same
    /// site must give the same bytes, so the file is written again with its keys sorted.
    static func sortEntry(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path),
              let entry = try? JSONSerialization.jsonObject(with: data),
              let sorted = try? JSONSerialization.data(withJSONObject: entry, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "Pagefind wrote an entry file hyte cannot read: \(url.path)"
        }
        do { try sorted.write(to: url) } catch { return "could not rewrite \(url.path): \(error)" }
        return nil
    }
}
