import Foundation
import GRDB
@testable import PalisadeAudit
import Testing

@Suite struct AuditVerifierTests {
    /// Ten events, checkpoints after the 4th and 8th and a final one at close (the 10th).
    private func filledLog() async throws -> AuditFixture {
        let fixture = AuditFixture()
        try await fixture.fill(10, configuration: AuditLogConfiguration(checkpointEvery: 4))
        return fixture
    }

    private func expectProblem(_ fixture: AuditFixture, _ kind: AuditIntegrityProblem.Kind, at sequence: Int64, eventID: String?) throws {
        let report = try fixture.verify()
        let problem = try #require(report.problem, "the tampering went unnoticed")
        #expect(problem.kind == kind, "\(problem)")
        #expect(problem.sequence == sequence, "\(problem)")
        #expect(problem.eventID == eventID, "\(problem)")
    }

    @Test func anUntouchedLogVerifies() async throws {
        let fixture = try await filledLog()
        let report = try fixture.verify()
        #expect(report.isIntact, "\(String(describing: report.problem))")
        #expect(report.eventsVerified == 10)
        #expect(report.checkpointsVerified == 3)
        #expect(report.firstSequence == 1 && report.lastSequence == 10)
        #expect(report.lastCheckpointedSequence == 10)
    }

    @Test func aChangedEventIsModified() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in
            try db.execute(sql: "UPDATE audit_event SET metadata = replace(metadata, '\"status\":200', '\"status\":403') WHERE sequence = 5")
        }
        try expectProblem(fixture, .modified, at: 5, eventID: "ex-4")
    }

    @Test func aChangedSearchColumnIsModified() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in try db.execute(sql: "UPDATE audit_event SET end_user = 'mallory' WHERE sequence = 6") }
        try expectProblem(fixture, .modified, at: 6, eventID: "ex-5")
    }

    @Test func aDeletedEventIsNamedByItsPosition() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in try db.execute(sql: "DELETE FROM audit_event WHERE sequence = 5") }
        try expectProblem(fixture, .deleted, at: 5, eventID: "ex-5")
    }

    @Test func anInsertedEventIsNamed() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in
            try db.execute(
                sql: """
                    INSERT INTO audit_event SELECT sequence, 'forged', time, application_id, application_name, key_id, end_user, session,
                        client_ip, model, status, finding_kinds, decision_actions, metadata, payload, payload_key_id, payload_nonce,
                        previous_hash, event_hash
                    FROM audit_event WHERE sequence = 5
                    """
            )
        }
        try expectProblem(fixture, .inserted, at: 5, eventID: "forged")
    }

    @Test func swappedEventsAreReordered() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in
            try db.execute(sql: "UPDATE audit_event SET sequence = CASE sequence WHEN 5 THEN 6 ELSE 5 END WHERE sequence IN (5, 6)")
        }
        try expectProblem(fixture, .reordered, at: 5, eventID: "ex-5")
    }

    @Test(arguments: ["payload", "event_hash", "previous_hash"])
    func aFlippedByteInABlobIsModified(column: String) async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in
            var bytes = try #require(try Data.fetchOne(db, sql: "SELECT \(column) FROM audit_event WHERE sequence = 3"))
            bytes[bytes.startIndex + bytes.count / 2] ^= 0x01
            try db.execute(sql: "UPDATE audit_event SET \(column) = ? WHERE sequence = 3", arguments: [bytes])
        }
        try expectProblem(fixture, .modified, at: 3, eventID: "ex-2")
    }

    @Test func aFlippedByteInTheMetadataIsModified() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in
            let metadata = try #require(try String.fetchOne(db, sql: "SELECT metadata FROM audit_event WHERE sequence = 7"))
            var bytes = Array(metadata.utf8)
            let index = try #require(bytes.firstIndex(of: UInt8(ascii: "7")))
            bytes[index] = UInt8(ascii: "8")
            try db.execute(sql: "UPDATE audit_event SET metadata = ? WHERE sequence = 7", arguments: [String(decoding: bytes, as: UTF8.self)])
        }
        try expectProblem(fixture, .modified, at: 7, eventID: "ex-6")
    }

    @Test func aRehashedEventBreaksTheNextLink() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in try rewrite(db, sequences: 5...5) }
        try expectProblem(fixture, .modified, at: 5, eventID: "ex-4")
    }

    @Test func aRewrittenChainIsCaughtByTheNextCheckpoint() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in try rewrite(db, sequences: 5...10) }
        try expectProblem(fixture, .modified, at: 8, eventID: "ex-7")
    }

    @Test func aTruncatedTailIsCaughtUpToTheLastCheckpoint() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in try db.execute(sql: "DELETE FROM audit_event WHERE sequence > 8") }
        try expectProblem(fixture, .deleted, at: 9, eventID: nil)
    }

    @Test func truncatingTheTailWithItsCheckpointLeavesOnlyTheCheckpointedPrefix() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in
            try db.execute(sql: "DELETE FROM audit_event WHERE sequence > 8")
            try db.execute(sql: "DELETE FROM audit_checkpoint WHERE last_sequence > 8")
        }
        let report = try fixture.verify()
        #expect(report.lastSequence == 8 && report.lastCheckpointedSequence == 8)
    }

    @Test func aForgedCheckpointIsRejected() async throws {
        let fixture = try await filledLog()
        try fixture.tamper { db in
            try db.execute(sql: "UPDATE audit_checkpoint SET event_count = event_count + 1 WHERE last_sequence = 4")
        }
        try expectProblem(fixture, .badCheckpoint, at: 4, eventID: nil)
    }

    @Test func aLogCheckedWithAnotherPublicKeyFails() async throws {
        let fixture = try await filledLog()
        let report = try await AuditVerifier.verify(databasePath: fixture.databasePath, publicKey: AuditFixture().signingKey.publicKey)
        #expect(report.problem?.kind == .badCheckpoint)
    }

    /// Recomputes hashes from the first of `sequences` on, after changing that event, as an
    /// attacker without the signing key could.
    private func rewrite(_ db: Database, sequences: ClosedRange<Int64>) throws {
        try db.execute(sql: "UPDATE audit_event SET metadata = replace(metadata, '\"status\":200', '\"status\":403'), status = 403 WHERE sequence = ?", arguments: [sequences.lowerBound])
        var previous = try #require(try Data.fetchOne(db, sql: "SELECT previous_hash FROM audit_event WHERE sequence = ?", arguments: [sequences.lowerBound]))
        for sequence in sequences {
            var event = EventRow(try #require(try Row.fetchOne(db, sql: "SELECT * FROM audit_event WHERE sequence = ?", arguments: [sequence])))
            event.previousHash = previous
            event.eventHash = event.recomputedHash
            try db.execute(
                sql: "UPDATE audit_event SET previous_hash = ?, event_hash = ? WHERE sequence = ?",
                arguments: [event.previousHash, event.eventHash, sequence]
            )
            previous = event.eventHash
        }
    }
}
