import HyteBase
import PlanModel

/// `feed.xml`: the plan's updates (follow-up entries, newest first) as an Atom feed with stable ids.
enum AtomFeed {
    static func document(_ site: SiteContext, plan: PlanReader, log: FollowUpLog, limit: Int = 50) -> String {
        let (router, language) = (site.router, site.language)
        let prefix = router.prefix(language)
        let base = plan.site.baseURL
        let host = Host.name(base)
        let e = MarkupEscape.escape
        let updated = (log.entries.first?.entry.date ?? plan.asOf).map { "\($0)T00:00:00Z" } ?? "\(plan.site.termStart)-01-01T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(site.language.rawValue)\">\n"
        xml += "<title>\(e(site.string(plan.site.title))) – \(e(site.labels["updates"]))</title>\n"
        xml += "<id>tag:\(host),\(plan.site.termStart):\(prefix)feed</id>\n"
        xml += "<link rel=\"self\" href=\"\(e(base + router.feed(language)))\"/>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(e(base + router.path(.updates, language)))\"/>\n"
        xml += "<updated>\(updated)</updated>\n"
        xml += "<author><name>\(e(site.string(plan.region?.name)))</name></author>\n"
        for item in log.entries.prefix(limit) {
            let measure = item.measure
            let entry = item.entry
            var title = "\(site.string(measure.title)): \(site.labels["status_\(entry.status.rawValue)"])"
            if let progress = entry.progress { title += " \(progress) %" }
            xml += "<entry>\n"
            xml += "<id>tag:\(host),\(entry.date.year):\(prefix)\(e(item.key))</id>\n"
            xml += "<title>\(e(title))</title>\n"
            xml += "<link href=\"\(e(base + router.path(.measure(measure.id), language)))\"/>\n"
            xml += "<updated>\(entry.date)T00:00:00Z</updated>\n"
            if let note = entry.note.map(site.string) { xml += "<summary>\(e(note))</summary>\n" }
            xml += "</entry>\n"
        }
        return xml + "</feed>\n"
    }
}

/// The host of the site's base URL, for tag: ids and calendar UIDs.
enum Host {
    static func name(_ baseURL: String) -> String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        return String(rest.prefix { $0 != "/" && $0 != ":" })
    }
}
