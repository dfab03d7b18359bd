import Foundation
import PlanModel

/// Fetches what an import needs from Sotkanet's API, politely: the region list once per run however
/// many indicators are refreshed, and a pause between requests. Sotkanet asks its users to avoid
/// repeated bulk downloads, and a refresh of a whole plan is a few dozen requests in a row.
public struct SotkanetDownload {
    public let client: SotkanetClient
    /// Seconds between the end of one request and the start of the next.
    public let pause: TimeInterval
    private var requests = 0

    public init(client: SotkanetClient, pause: TimeInterval) {
        self.client = client
        self.pause = pause
    }

    /// The region list, which matches the plan's organisations by code.
    public mutating func regions(into input: inout SotkanetImporter.Input, problems: inout [Diagnostic]) throws(SotkanetClient.Failure) {
        if let file = try get(client.regionsURL, problems: &problems) { input.add(file) }
    }

    /// One indicator's metadata and its rows for `years` (default: every year its metadata names).
    public mutating func indicator(_ id: Int, years: [Int]?, genders: [String], into input: inout SotkanetImporter.Input,
                                   problems: inout [Diagnostic]) throws(SotkanetClient.Failure) {
        if let file = try get(client.metadataURL(indicator: id), problems: &problems) { input.add(file) }
        var yearList = years
        if yearList == nil, let range = input.metadata[id]?.range { yearList = Array(range) }
        guard let yearList, !yearList.isEmpty else {
            throw SotkanetClient.Failure(description: "Sotkanet gave no years for indicator \(id); name them with --years, e.g. 2012-2024")
        }
        if let file = try get(client.dataURL(indicator: id, years: yearList, genders: genders), problems: &problems) { input.add(file) }
    }

    private mutating func get(_ address: String, problems: inout [Diagnostic]) throws(SotkanetClient.Failure) -> SotkanetFile? {
        if requests > 0 && pause > 0 { Thread.sleep(forTimeInterval: pause) }
        requests += 1
        return SotkanetFile.read(try client.text(address), path: address, problems: &problems)
    }
}
