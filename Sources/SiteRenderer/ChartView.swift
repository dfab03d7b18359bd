import Charts

/// A chart as a page shows it: the SVG, its one-sentence finding and its data table.
struct ChartView: Sendable, Encodable {
    var id: String
    var title: String
    var svg: String
    var summary: String
    var table: TableView
    /// The words on the <details> that holds the table.
    var dataLabel: String
    /// Open in print documents, where a closed <details> would hide the numbers.
    var open: Bool

    init(_ chart: Chart, id: String, table: TableView, dataLabel: String, open: Bool) {
        self.id = id
        title = chart.title
        svg = chart.svg
        summary = chart.summary
        self.table = table
        self.dataLabel = dataLabel
        self.open = open
    }

    /// A chart is its finished figure (`ChartHTML`), like the data table it holds.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(Fragment(ChartHTML.render(self)), forKey: .html)
    }

    private enum CodingKeys: String, CodingKey { case id, html }
}
