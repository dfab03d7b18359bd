import PlanModel
import Yams

/// `site.yaml`.
enum SiteDecoder {
    static let keys = ["title", "region", "country", "term", "languages", "base_url", "unsafe_html", "pdf", "accessibility"]
    static let accessibilityKeys = ["conformance", "issues", "feedback_email", "prepared"]

    /// Languages first: every other text field's plain strings are in the default language.
    static func languages(_ root: Node?, _ context: FileContext) -> [Language] {
        guard case .mapping(let mapping)? = root, let node = mapping["languages"] else { return [.fi] }
        var languages: [Language] = []
        for item in context.list(node, "languages") {
            guard let code = context.string(item, "languages") else { continue }
            guard let language = Language(rawValue: code) else {
                context.error(.unknownLanguage, item, "'\(code)' is not a supported language",
                              hint: (Suggestion.closest(to: code, in: Language.allCases.map(\.rawValue)).map { "did you mean '\($0)'? " } ?? "")
                                  + "Allowed: fi, sv, en")
                continue
            }
            if languages.contains(language) {
                context.error(.duplicateEntry, item, "the language '\(code)' is listed twice")
            } else {
                languages.append(language)
            }
        }
        return languages.isEmpty ? [.fi] : languages
    }

    static func decode(_ root: Node?, _ context: FileContext) -> Site? {
        guard let map = Mapping(root, context, what: "site.yaml", allowed: keys,
                                required: ["title", "region", "term", "languages", "base_url", "accessibility"])
        else { return nil }
        let languages = languages(root, context)
        let title = map.text("title")
        let region = map.reference("region")
        let country = map.reference("country")
        var term: (Int, Int)?
        if let termMap = map["term"].flatMap({ Mapping($0, context, what: "term", allowed: ["start", "end"], required: ["start", "end"]) }),
           let start = termMap.year("start"), let end = termMap.year("end") {
            if end < start {
                context.error(.endsBeforeStart, termMap["end"], "the term ends (\(end)) before it starts (\(start))")
            } else {
                term = (start, end)
            }
        }
        let baseURL = map.string("base_url").flatMap { url -> String? in
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                context.error(.invalidValue, map["base_url"], "'\(url)' is not a web address", hint: "write the full address, e.g. https://hyvinvointi.example.fi/")
                return nil
            }
            return url.hasSuffix("/") ? url : url + "/"
        }
        let unsafeHTML = map.bool("unsafe_html") ?? false
        let accessibility = map["accessibility"].flatMap { readAccessibility($0, context) }
        // Parts with errors get neutral stand-ins, so the rest of the plan is still checked in the same run;
        // the errors already reported keep the build from using them.
        var site = Site(title: title ?? LocalizedText([:]), region: region ?? Reference("", at: context.fileStart),
                    country: country, termStart: term?.0 ?? 0, termEnd: term?.1 ?? 0,
                    languages: languages, baseURL: baseURL ?? "/", unsafeHTML: unsafeHTML,
                    accessibility: accessibility ?? Site.Accessibility(conformance: .none, issues: [], feedbackEmail: "",
                                                                       prepared: Day(year: 1970, month: 1, day: 1)),
                    location: context.fileStart)
        site.pdf = map.bool("pdf") ?? false
        site.languagesLocation = map["languages"].map { context.location($0) }
        return site
    }

    private static func readAccessibility(_ node: Node, _ context: FileContext) -> Site.Accessibility? {
        guard let map = Mapping(node, context, what: "accessibility", allowed: accessibilityKeys,
                                required: ["conformance", "feedback_email", "prepared"]) else { return nil }
        let conformance = map.choice("conformance", as: Site.Conformance.self)
        let issues = map.texts("issues")
        let email = map.string("feedback_email").flatMap { EmailAddress.check($0, map["feedback_email"], context) }
        let prepared = map.day("prepared")
        guard let conformance, let email, let prepared else { return nil }
        return Site.Accessibility(conformance: conformance, issues: issues, feedbackEmail: email, prepared: prepared)
    }
}

/// A light check that catches the usual slips (missing @, spaces) without rejecting real addresses.
enum EmailAddress {
    static func check(_ text: String, _ node: Node?, _ context: FileContext) -> String? {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !text.contains(where: \.isWhitespace) else {
            context.error(.invalidValue, node, "'\(text)' is not an e-mail address", hint: "write it as name@example.fi")
            return nil
        }
        return text
    }
}
