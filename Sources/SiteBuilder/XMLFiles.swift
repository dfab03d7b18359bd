import Foundation
import Inspect
import PlanModel
import SiteRenderer

/// SVG and XML files published with the site must be well-formed: a broken one shows as a broken image.
enum XMLFiles {
    static let extensions: Set<String> = ["svg", "xml"]

    static func check(assets: [String], in folder: URL, displayPath: String) -> [Diagnostic] {
        assets.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }.compactMap { asset in
            let location = { (line: Int, column: Int) in SourceLocation(path: "\(displayPath)/\(asset)", line: max(line, 1), column: max(column, 1)) }
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(asset).path),
                  let text = String(data: data, encoding: .utf8) else {
                return .error(.notUTF8, location(1, 1), "the file is not UTF-8 text")
            }
            guard let problem = XMLCheck.problem(in: text) else { return nil }
            return .error(.invalidXML, location(problem.line, problem.column), "not well-formed XML: \(problem.message)",
                          hint: "check the file in an SVG editor or validator")
        }
    }

    /// XML the build itself writes (sitemap, feed): a problem here is hyte's own bug, reported with the file.
    static func checkEmitted(_ file: OutputFile, outputPath: String) -> Diagnostic? {
        guard file.path.hasSuffix(".xml") else { return nil }
        return XMLCheck.problem(in: file.contents).map {
            .error(.invalidXML, SourceLocation(path: "\(outputPath)/\(file.path)", line: max($0.line, 1), column: max($0.column, 1)),
                   "hyte wrote XML that is not well-formed: \($0.message)")
        }
    }
}
