import Foundation
import PlanModel
import Testing
@testable import SiteRenderer

/// Indicator observations are written as JSON directly; the bytes must be what `JSONValue` objects give.
@Suite struct OpenDataJSONTests {
    @Test func observationsMatchTheGenericWriter() throws {
        let plan = try TestSite.plan(PageHTMLTests.example)
        var compared = 0
        for indicator in plan.indicators {
            let generic = JSONValue.array(indicator.observations.map { o in
                .object([("area", .string(o.area)), ("year", .integer(o.year)), ("group", .string(o.group)),
                         ("value", o.value.map { .number($0, decimals: indicator.decimals) } ?? .null)])
            }).rendered(indent: 1)
            #expect(OpenData.observations(indicator) == generic, "\(indicator.id)")
            compared += indicator.observations.count
        }
        #expect(compared > 1000)
        #expect(plan.indicators.contains { $0.observations.contains { $0.value == nil } }, "a missing value is among them")
    }
}
