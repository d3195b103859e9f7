import Foundation
import GRDB
import PalisadeAudit
import PalisadeCore
import Testing

/// Search results, conversations and verification reports read by scripts.
@Suite struct AuditJSONTests {
    private func object(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func aPageCarriesTheExportsEventShapeAndAnExplicitCursor() async throws {
        let fixture = AuditFixture()
        try await fixture.fill(3)
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: fixture.keyring)
        let first = try object(try AuditJSON.encode(try await reader.events(matching: AuditQuery(readPayloads: true, limit: 2))))
        let events = try #require(first["events"] as? [[String: Any]])
        #expect(events.map { $0["id"] as? String } == ["ex-2", "ex-1"])
        #expect(first["next_cursor"] as? String == "2")
        let record = try #require(events.first?["record"] as? [String: Any])
        #expect(record["application_id"] as? String == "app_a" && record["end_user"] as? String == "alice")
        let payloads = try #require(events.first?["payloads"] as? [String: Any])
        #expect((payloads["application_request"] as? String).flatMap { Data(base64Encoded: $0) } == Data("request 2 from the application".utf8))

        let last = try object(try AuditJSON.encode(try await reader.events(matching: AuditQuery(limit: 2, cursor: "2"))))
        #expect(last["next_cursor"] is NSNull)
        #expect((last["events"] as? [[String: Any]])?.first?["payloads"] == nil)
    }

    @Test func aReportSaysWhetherTheChainIsIntactAndWhereItBroke() async throws {
        let fixture = AuditFixture()
        try await fixture.fill(4)
        let intact = try object(try AuditJSON.encode(try fixture.verify()))
        #expect(intact["intact"] as? Bool == true && intact["events_verified"] as? Int == 4 && intact["problem"] is NSNull)

        let tampered = try fixture.eventID(atSequence: 3)
        try fixture.tamper { db in try db.execute(sql: "UPDATE audit_event SET metadata = replace(metadata, 'gpt-4o-mini', 'gpt-4o') WHERE sequence = 3") }
        let broken = try object(try AuditJSON.encode(try fixture.verify()))
        #expect(broken["intact"] as? Bool == false)
        let problem = try #require(broken["problem"] as? [String: Any])
        #expect(problem["kind"] as? String == "modified" && problem["sequence"] as? Int == 3 && problem["event_id"] as? String == tampered)
    }
}
