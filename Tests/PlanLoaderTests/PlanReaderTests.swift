import Foundation
import PlanLoader
import PlanModel
import Testing

/// What a reader notes is what the live preview compares with an edit: every way in must note,
/// and only what was asked.
@Suite struct PlanReaderTests {
    static func plan() throws -> Plan {
        let folder = try FixtureSiteTests.fixture("good").appendingPathComponent("content")
        return try #require(ContentLoader(directory: folder, displayPath: "content").load().plan)
    }

    @Test func notesListsLookupsBodiesAndRelations() throws {
        let plan = try Self.plan()
        let log = ReadLog()
        let reader = PlanReader(plan, relations: PlanRelations(plan), log: log)
        let goal = try #require(reader.goal("mielenterveys"))
        _ = reader.goal("ei-ole")
        _ = reader.measures
        _ = reader.body(of: goal)
        let measures = reader.related(\.measuresByGoal, goal.id)
        #expect(measures == ["opetus"])
        #expect(log.recorded == [.entity(.goal, "mielenterveys"), .entity(.goal, "ei-ole"), .all(.measure),
                                 .body(.goal, "mielenterveys"), .relation("measuresByGoal", "mielenterveys")])
    }

    /// Questions answered from other reads (the region, the municipalities) note those reads.
    @Test func derivedQuestionsNoteWhatTheyAsk() throws {
        let plan = try Self.plan()
        let log = ReadLog()
        let reader = PlanReader(plan, relations: PlanRelations(plan), log: log)
        _ = reader.municipalities
        _ = reader.region
        #expect(log.recorded == [.all(.organization), .entity(.organization, plan.site.region.id)])
    }

    /// A reader gives the same answers as the plan, and without a log notes nothing at all.
    @Test func answersAsThePlanDoes() throws {
        let plan = try Self.plan()
        let reader = PlanReader(plan)
        #expect(reader.goals.map(\.id) == plan.goals.map(\.id))
        #expect(reader.organizations.map(\.id) == plan.organizations.map(\.id))
        #expect(reader.asOf == plan.asOf)
        #expect(reader.related(\.goalsByFocusArea, "ei-ole") == [])
    }
}
