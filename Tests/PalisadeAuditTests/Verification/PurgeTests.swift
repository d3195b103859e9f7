import Foundation
import GRDB
import PalisadeAudit
import Testing

@Suite struct PurgeTests {
    /// Event n started n seconds after this.
    private let origin = Date(timeIntervalSince1970: 1_760_000_000)

    @Test func purgingOldEventsKeepsTheRestVerifiable() async throws {
        let fixture = AuditFixture()
        try await fixture.fill(10, configuration: AuditLogConfiguration(checkpointEvery: 4))
        let purged = try await fixture.withLog { log in
            let purged = try await log.purge(olderThan: origin.addingTimeInterval(3))
            try await log.append(AuditFixture.entry(10))
            return purged
        }
        #expect(purged == 3)
        let report = try fixture.verify()
        #expect(report.isIntact, "\(String(describing: report.problem))")
        #expect(report.firstSequence == 4 && report.lastSequence == 11)
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: nil)
        let purge = try #require(try await reader.checkpoints().compactMap(\.purge).last)
        #expect(purge.firstSequence == 1 && purge.lastSequence == 3 && purge.count == 3)
    }

    @Test func purgingEverythingThenAppendingStillVerifies() async throws {
        let fixture = AuditFixture()
        try await fixture.fill(5)
        try await fixture.withLog { log in
            #expect(try await log.purge(olderThan: origin.addingTimeInterval(100)) == 5)
            #expect(try await log.purge(olderThan: origin.addingTimeInterval(100)) == 0)
            try await log.append(AuditFixture.entry(5))
        }
        let report = try fixture.verify()
        #expect(report.isIntact, "\(String(describing: report.problem))")
        #expect(report.firstSequence == 6 && report.eventsVerified == 1)
    }

    /// Appends queued while a purge holds the database wait for it and land after the purged
    /// prefix, in one chain.
    @Test func appendsDuringAPurgeAreAllCommitted() async throws {
        let fixture = AuditFixture()
        try await fixture.fill(2_000)
        let purged = try await fixture.withLog { log in
            try await withThrowingTaskGroup { group in
                group.addTask { try await log.purge(olderThan: origin.addingTimeInterval(1_500)) }
                for index in 2_000..<2_200 {
                    group.addTask { try await log.append(AuditFixture.entry(index)); return 0 }
                }
                return try await group.reduce(0, +)
            }
        }
        #expect(purged == 1_500)
        let report = try fixture.verify()
        #expect(report.isIntact, "\(String(describing: report.problem))")
        #expect(report.eventsVerified == 700 && report.lastSequence == 2_200)
    }

    @Test func deletingThePurgeRecordIsDetected() async throws {
        let fixture = AuditFixture()
        try await fixture.fill(10)
        try await fixture.withLog { log in _ = try await log.purge(olderThan: origin.addingTimeInterval(3)) }
        try fixture.tamper { db in try db.execute(sql: "DELETE FROM audit_checkpoint WHERE purged_last IS NOT NULL") }
        let problem = try #require(try fixture.verify().problem)
        #expect(problem.kind == .deleted && problem.sequence == 1)
    }

    @Test func deletingTheFirstKeptEventIsDetected() async throws {
        let fixture = AuditFixture()
        try await fixture.fill(10)
        try await fixture.withLog { log in _ = try await log.purge(olderThan: origin.addingTimeInterval(3)) }
        try fixture.tamper { db in try db.execute(sql: "DELETE FROM audit_event WHERE sequence = 4") }
        let problem = try #require(try fixture.verify().problem)
        #expect(problem.kind == .deleted && problem.sequence == 4)
    }
}
