import Foundation
import PlanModel

/// The `--languages` of `hyte new`: site languages separated by commas, the default first.
public enum LanguageList {
    /// The languages of `text` (`fi,sv`), in order; the same rules as `site.yaml`'s `languages`
    /// (fi, sv or en, each once, at least one), so the new plan's `site.yaml` is valid.
    public static func parse(_ text: String) throws(ScaffoldError) -> [Language] {
        let codes = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if codes == [""] { throw ScaffoldError("--languages: no language given; name at least one of fi, sv, en, the default first (e.g. --languages fi,sv)") }
        var languages: [Language] = []
        for code in codes {
            guard let language = Language(rawValue: code) else {
                let problem = code.isEmpty ? "'\(text)' has an empty item" : "'\(code)' is not a language a site can have"
                throw ScaffoldError("--languages: \(problem); use fi, sv or en, separated by commas, the default first (e.g. --languages fi,sv)")
            }
            if languages.contains(language) { throw ScaffoldError("--languages: '\(code)' is listed twice; list each language once") }
            languages.append(language)
        }
        return languages
    }
}
