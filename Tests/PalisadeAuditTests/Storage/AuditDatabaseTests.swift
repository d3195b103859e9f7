import Foundation
import GRDB
@testable import PalisadeAudit
import PalisadeTestSupport
import Testing

@Suite struct AuditDatabaseTests {
    @Test func aCorruptFileIsReportedAsSuch() throws {
        let fixture = AuditFixture()
        try FileManager.default.createDirectory(atPath: fixture.directory, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: fixture.databasePath, contents: Data(repeating: 0x5a, count: 8192))
        #expect {
            try fixture.openDatabase()
        } throws: { error in
            if case .corruptDatabase(let path, _) = error as? AuditError { return path == fixture.databasePath }
            return false
        }
        #expect {
            try fixture.verify()
        } throws: { error in
            if case .corruptDatabase = error as? AuditError { return true }
            return false
        }
    }

    @Test func anotherSQLiteFileIsNotTakenForAnAuditLog() throws {
        let fixture = AuditFixture()
        try FileManager.default.createDirectory(atPath: fixture.directory, withIntermediateDirectories: true)
        let other = fixture.directory + "/palisade.sqlite"
        _ = FileManager.default.createFile(atPath: other, contents: Data())
        #expect(throws: AuditError.notAnAuditLog(path: other)) {
            try AuditVerifier.verify(databasePath: other, publicKey: fixture.signingKey.publicKey)
        }
    }

    @Test func eachDatabaseHasItsOwnStableChainID() throws {
        let first = AuditFixture()
        let chainID = try first.openDatabase().chainID
        #expect(try first.openDatabase().chainID == chainID)
        #expect(try AuditFixture().openDatabase().chainID != chainID)
    }

    /// The audit writer commits on a thread that serves requests: while another connection
    /// holds the write lock it must step aside at once, not wait out the busy timeout there.
    @Test func aWriteOnTheCallersThreadStepsAsideForAnotherConnectionsLock() async throws {
        let fixture = AuditFixture()
        let database = try fixture.openDatabase()
        let insert: (Database) throws -> Int = { db in
            try db.execute(sql: "INSERT INTO audit_meta (key, value) VALUES (?, 'x')", arguments: [UUID().uuidString])
            return db.changesCount
        }
        // The lock is held until the write returns, or for 4 s: a write that waited for it
        // would get it then, before its 5 s busy timeout, and succeed.
        let lock = try SQLiteWriteLock(path: fixture.databasePath, heldAtMost: 4)
        let whileLocked = try database.writeOnCurrentThreadUnlessLocked(insert)
        lock.release()
        #expect(whileLocked == nil)
        #expect(try database.writeOnCurrentThreadUnlessLocked(insert) == 1)
        let busyTimeout = try await database.write { db in try Int.fetchOne(db, sql: "PRAGMA busy_timeout") }
        #expect(busyTimeout == 5_000, "writes that may wait, on GRDB's queue, keep the busy timeout")
    }
}
