import Foundation
import GRDB
import Logging
import PalisadeAudit
import PalisadeCore
import PalisadeTestSupport
import Testing

@Suite struct AuditLogTests {
    private func storedCount(_ fixture: AuditFixture) throws -> Int {
        // A separate connection, as another process reading the file would use.
        try DatabaseQueue(path: fixture.databasePath).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_event") ?? 0 }
    }

    @Test func appendReturnsOnlyOnceTheEventIsCommitted() async throws {
        let fixture = AuditFixture()
        try await fixture.withLog { log in
            try await log.append(AuditFixture.entry(1))
            #expect(try storedCount(fixture) == 1)
        }
    }

    @Test func concurrentAppendsAreAllCommittedInOneChain() async throws {
        let fixture = AuditFixture()
        try await fixture.withLog { log in
            try await withThrowingDiscardingTaskGroup { group in
                for index in 0..<200 {
                    group.addTask { try await log.append(AuditFixture.entry(index)) }
                }
            }
            #expect(try storedCount(fixture) == 200)
        }
        let report = try fixture.verify()
        #expect(report.isIntact && report.eventsVerified == 200)
    }

    @Test func asynchronousAppendsAreWrittenByCloseAndTheQueueIsBounded() async throws {
        let fixture = AuditFixture()
        let configuration = AuditLogConfiguration(asyncCapacity: 10)
        let log = AuditLog(database: try fixture.openDatabase(), keyring: fixture.keyring, signingKey: fixture.signingKey, configuration: configuration, logger: .init(label: "test"))
        // Not running yet: the eleventh event finds the queue full.
        let accepted = (0..<11).map { log.appendAsync(AuditFixture.entry($0)) }
        #expect(accepted.filter { $0 }.count == 10)
        #expect(log.droppedEvents == 1)
        log.close()
        await log.run()
        #expect(try storedCount(fixture) == 10)
        #expect(try fixture.verify().lastCheckpointedSequence == 10)
    }

    @Test func checkpointsAreSignedEveryNEventsAndAtClose() async throws {
        let fixture = AuditFixture()
        try await fixture.fill(7, configuration: AuditLogConfiguration(checkpointEvery: 3))
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: nil)
        let checkpoints = try await reader.checkpoints()
        #expect(checkpoints.map(\.lastSequence) == [3, 6, 7])
        #expect(checkpoints.allSatisfy { $0.isSigned(by: fixture.signingKey.publicKey) })
    }

    @Test func aTimedCheckpointCoversEventsWithoutWaitingForN() async throws {
        let fixture = AuditFixture()
        try await fixture.withLog(configuration: AuditLogConfiguration(checkpointInterval: .milliseconds(20))) { log in
            try await log.append(AuditFixture.entry(1))
            let reader = AuditReader(database: log.database, keyring: nil)
            var covered: Int64?
            for _ in 0..<100 where covered == nil {
                try await Task.sleep(for: .milliseconds(10))
                covered = try await reader.checkpoints().last?.lastSequence
            }
            #expect(covered == 1)
        }
    }

    @Test func appendingToAClosedLogFails() async throws {
        let fixture = AuditFixture()
        let log = try await fixture.withLog { log in log }
        await #expect(throws: AuditError.closed) { try await log.append(AuditFixture.entry(1)) }
        #expect(!log.appendAsync(AuditFixture.entry(2)))
    }

    @Test func aFailedWriteIsReportedToTheCaller() async throws {
        let fixture = AuditFixture()
        try await fixture.withLog { log in
            try await log.append(AuditFixture.entry(1))
            // A write the database refuses (a duplicate event id) fails that caller's append.
            await #expect(throws: AuditError.self) { try await log.append(AuditFixture.entry(1)) }
            #expect(!log.isHealthy)
            try await log.append(AuditFixture.entry(2))
            #expect(log.isHealthy)
        }
        #expect(try fixture.verify().isIntact)
    }

    /// SQLite's own checkpoints are off (they would run inside a commit); the log's keep the
    /// write-ahead log from growing with every event, as it would without any.
    @Test func theWriteAheadLogStaysBoundedAsEventsAccumulate() async throws {
        let fixture = AuditFixture()
        let walBytes = try await fixture.withLog { log in
            for index in 0..<1_000 { try await log.append(AuditFixture.entry(index)) }
            let attributes = try FileManager.default.attributesOfItem(atPath: fixture.databasePath + "-wal")
            return (attributes[.size] as? NSNumber)?.intValue ?? 0
        }
        // One event per transaction writes about seven 4 KiB pages: some 28 MB for 1,000 events
        // if nothing moved them into the database.
        #expect(walBytes > 0 && walBytes < 8_000_000)
        #expect(try fixture.verify().eventsVerified == 1_000)
    }

    /// Another process (a backup, `palisade audit verify` on a live file) holding the write
    /// lock for a moment delays an event but does not lose it.
    @Test func anEventAppendedWhileAnotherProcessHoldsTheLockIsCommittedOnceItIsReleased() async throws {
        let fixture = AuditFixture()
        try await fixture.withLog { log in
            try await log.append(AuditFixture.entry(0))
            let lock = try SQLiteWriteLock(path: fixture.databasePath, heldAtMost: 0.3)
            try await log.append(AuditFixture.entry(1))
            lock.release()
            #expect(log.isHealthy)
        }
        #expect(try storedCount(fixture) == 2)
        #expect(try fixture.verify().eventsVerified == 2)
    }
}
