import PlanModel

/// `hyte check --translations`: what each language still lacks, file by file.
enum TranslationReport {
    static func render(_ audit: TranslationAudit, languages: [Language]) -> String {
        var text = ""
        for language in languages {
            let files = audit.byFile(language)
            text += "\(language.rawValue): \(files.isEmpty ? "complete" : "\(files.reduce(0) { $0 + $1.fields.count }) missing in \(files.count) files")\n"
            for (path, fields) in files { text += "  \(path): \(fields.joined(separator: ", "))\n" }
        }
        return text
    }
}
