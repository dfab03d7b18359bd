import PlanModel

/// How an indicator's figures are credited wherever they are shown: the source, the data's date
/// (`source.updated`) and, for THL Sotkanet, the indicator's metadata page and the CC BY 4.0 licence
/// the data is published under.
struct Citation {
    let indicator: Indicator
    let scope: PageScope

    var source: Indicator.Source { indicator.source }

    /// Sotkanet's description of the indicator, in the page's language.
    var metadataURL: String? {
        source.sotkanetID.map { OpenData.metadataURL($0, language: scope.site.language) }
    }

    /// The source's name, linked to its description (or its own address).
    var sourceCell: CellView { CellView(text: source.name, href: metadataURL ?? source.url) }

    var updatedCell: CellView { CellView(text: source.updated.map(scope.site.date) ?? scope.labels["none"]) }

    var licenceCell: CellView {
        source.sotkanetID == nil ? CellView(text: scope.labels["none"]) : CellView(text: OpenData.sotkanetLicence, href: OpenData.sotkanetLicenceURL)
    }

    /// "THL Sotkanet: Työttömät, % työvoimasta (indikaattori 181), tiedot päivitetty 12.3.2025, lisenssi CC BY 4.0. https://…"
    var text: String {
        let labels = scope.labels
        var text = "\(source.name): \(scope.site.string(indicator.name))"
        if let id = source.sotkanetID { text += " (\(labels.format("citation_indicator", ["id": String(id)])))" }
        if let updated = source.updated { text += ", " + labels.format("citation_updated", ["date": scope.site.date(updated)]) }
        if source.sotkanetID != nil { text += ", " + labels.format("citation_licence", ["licence": OpenData.sotkanetLicence]) }
        if let url = metadataURL ?? source.url { text += ". " + url }
        return text
    }

    /// The indicator page's facts about where its figures come from.
    var facts: [FactView?] {
        var source = [CellView(text: self.source.name, href: self.source.url)]
        if let id = self.source.sotkanetID, let url = metadataURL {
            source.append(CellView(text: "\(scope.labels["source_metadata"]) (Sotkanet \(id))", href: url))
        }
        return [
            scope.fact("source", source),
            scope.fact("data_updated", self.source.updated.map(scope.site.date)),
            self.source.sotkanetID == nil ? nil : scope.fact("licence", [licenceCell]),
            scope.fact("cite_as", text),
        ]
    }

    /// A print document's last section: every indicator it shows, with its source, date and licence.
    static func section(_ indicators: [Indicator], _ scope: PageScope) -> AttachmentSection? {
        guard !indicators.isEmpty else { return nil }
        let labels = scope.labels
        let rows = indicators.map { indicator -> RowView in
            let citation = Citation(indicator: indicator, scope: scope)
            return RowView(head: CellView(text: scope.site.string(indicator.name)),
                           cells: [citation.sourceCell, citation.updatedCell, citation.licenceCell])
        }
        var section = AttachmentSection(id: "sources", heading: labels["sources"], level: 2, text: labels["sources_intro"])
        section.tables = [TableView(id: "sources-table", caption: labels["sources"],
                                    headers: [HeaderView(text: labels["indicator"]), HeaderView(text: labels["source"]),
                                              HeaderView(text: labels["data_updated"]), HeaderView(text: labels["licence"])],
                                    rows: rows, stacked: true)]
        return section
    }
}
