/// Small view pieces shared by every page. Text is final (formatted, localised); templates only place it.
/// What a template sees of a view is its `Encodable` form (`TemplateEncoder`).

struct LinkView: Sendable, Encodable, Hashable {
    var href: String
    var text: String
    /// Set when the text is in another language than the page (a fallback translation).
    var lang: String?
    var meta: String?
}

struct CellView: Sendable, Encodable {
    var text: String
    var href: String?
    var lang: String?
    var numeric: Bool = false
    var missing: Bool = false
    /// A status badge class suffix (ongoing, done …) or track suffix (on, off …).
    var status: String?
    var track: String?

    /// Its fields, and `html`: the cell's inner markup as `TableHTML` writes it in tables, so a list of
    /// facts shows links and badges the same way without a template of its own for them.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(href, forKey: .href)
        try container.encodeIfPresent(lang, forKey: .lang)
        try container.encode(numeric, forKey: .numeric)
        try container.encode(missing, forKey: .missing)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeIfPresent(track, forKey: .track)
        try container.encode(TableHTML.cell(self), forKey: .html)
    }

    private enum CodingKeys: String, CodingKey { case text, href, lang, numeric, missing, status, track, html }
}

struct TableView: Sendable, Encodable {
    var id: String
    var caption: String
    var headers: [HeaderView]
    var rows: [RowView]
    /// A list of things (goals, events, contacts) rather than a grid of figures: on a narrow screen each
    /// row becomes a block, its title first and every value under its column's name, instead of a
    /// table wider than the phone.
    var stacked = false
    /// The caption names the table for screen readers only: the heading right above says the same.
    var captionHidden = false

    /// A table is its finished markup (`TableHTML`): no template writes tables, as rendering every
    /// cell through Mustache made builds several times slower.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(Fragment(TableHTML.render(self)), forKey: .html)
    }

    private enum CodingKeys: String, CodingKey { case id, html }
}

struct HeaderView: Sendable {
    var text: String
    var numeric: Bool = false
}

struct RowView: Sendable {
    /// The first cell is the row header.
    var head: CellView
    var cells: [CellView]
}

struct FactView: Sendable, Encodable {
    var term: String
    var values: [CellView]
}

struct StatusView: Sendable, Encodable {
    var key: String
    var text: String
}

struct NavItemView: Sendable, Encodable, Hashable {
    var href: String
    var text: String
    var current: Bool
}
