import Foundation
import PalisadeAudit
import Testing

@Suite struct AuditDatabaseTests {
    @Test func aCorruptFileIsReportedAsSuch() throws {
        let fixture = AuditFixture()
        try FileManager.default.createDirectory(atPath: fixture.directory, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: fixture.databasePath, contents: Data(repeating: 0x5a, count: 8192))
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
        FileManager.default.createFile(atPath: other, contents: Data())
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
}
