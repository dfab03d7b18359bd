import PlanModel
import Yams

/// `indicators/<id>.yaml` (the observations come from `data/<id>.csv`).
enum IndicatorDecoder {
    static let keys = ["name", "unit", "decimals", "better", "source", "description", "hyte_kerroin"]

    static func decode(id: String, _ root: Node?, _ context: FileContext) -> Indicator? {
        guard let map = Mapping(root, context, what: "the indicator", allowed: keys,
                                required: ["name", "unit", "decimals", "better", "source"]) else { return nil }
        let name = map.text("name")
        let unit = map["unit"].flatMap { context.scalar($0, "unit") }
        let decimals = map.int("decimals", in: 0...6)
        let better = map.choice("better", as: Indicator.Better.self)
        let source = map["source"].flatMap { readSource($0, context) }
        guard let name, let unit, let decimals, let better, let source else { return nil }
        return Indicator(id: id, name: name, unit: unit, decimals: decimals, better: better, source: source,
                         description: map.text("description"), hyteKerroin: map.bool("hyte_kerroin") ?? false,
                         observations: [], location: context.fileStart)
    }

    private static func readSource(_ node: Node, _ context: FileContext) -> Indicator.Source? {
        // A plain string names the source.
        if case .scalar = node { return context.string(node, "source").map { .init(name: $0, sotkanetID: nil, url: nil) } }
        guard let map = Mapping(node, context, what: "source", allowed: ["name", "sotkanet_id", "url", "updated"], required: ["name"])
        else { return nil }
        let url = map.string("url")
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            context.error(.invalidValue, map["url"], "'\(url)' is not a web address", hint: "write the full address starting with https://")
        }
        guard let name = map.string("name") else { return nil }
        return Indicator.Source(name: name, sotkanetID: map.int("sotkanet_id", in: 0...9_999_999), url: url,
                                updated: map.day("updated"))
    }
}
