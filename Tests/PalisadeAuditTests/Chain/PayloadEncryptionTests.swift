import Crypto
import Foundation
import GRDB
import PalisadeAudit
import PalisadeCore
import Testing

@Suite struct PayloadEncryptionTests {
    @Test func payloadsRoundTripAndAreNotStoredInClear() async throws {
        let fixture = AuditFixture()
        try await fixture.withLog { log in
            try await log.append(AuditFixture.entry(1, request: "my card is 4539 1488 0343 6467"))
        }
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: fixture.keyring)
        let event = try #require(try await reader.event(id: "ex-1", readPayloads: true))
        #expect(event.payloads?.applicationRequest == Data("my card is 4539 1488 0343 6467".utf8))
        #expect(event.payloads?.applicationResponse == Data("restored answer 1".utf8))
        #expect(event.integrity.payloadKeyID == fixture.keyring.current.id)

        for suffix in ["", "-wal"] {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: fixture.databasePath + suffix))) ?? Data()
            #expect(bytes.range(of: Data("4539 1488".utf8)) == nil)
        }
    }

    @Test func captureModesKeepOnlyWhatTheyAllow() async throws {
        let fixture = AuditFixture()
        try await fixture.withLog { log in
            try await log.append(AuditFixture.entry(1, captureMode: .masked))
            try await log.append(AuditFixture.entry(2, captureMode: .metadata))
        }
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: fixture.keyring)
        let masked = try #require(try await reader.event(id: "ex-1", readPayloads: true)?.payloads)
        #expect(masked.applicationRequest == nil && masked.applicationResponse == nil)
        #expect(masked.providerRequest == Data("masked request 1".utf8))
        #expect(masked.providerResponse == Data("provider answer 1".utf8))
        let metadataOnly = try #require(try await reader.event(id: "ex-2", readPayloads: true))
        #expect(metadataOnly.payloads?.isEmpty == true)
        #expect(metadataOnly.integrity.payloadKeyID == nil)
    }

    @Test func aReaderWithoutTheKeyGetsAnErrorNamingIt() async throws {
        let fixture = AuditFixture()
        try await fixture.withLog { log in try await log.append(AuditFixture.entry(1)) }
        let stranger = AuditKeyring(current: AuditKey(key: SymmetricKey(size: .bits256)))
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: stranger)
        await #expect(throws: AuditError.unknownKey(keyID: fixture.keyring.current.id, eventID: "ex-1")) {
            try await reader.event(id: "ex-1", readPayloads: true)
        }
        #expect(try await reader.event(id: "ex-1")?.record.id == "ex-1")
    }

    @Test func rotatedKeysStillDecryptOldEvents() async throws {
        let old = AuditKey(key: SymmetricKey(size: .bits256))
        let new = AuditKey(key: SymmetricKey(size: .bits256))
        let fixture = AuditFixture(keyring: AuditKeyring(current: old))
        try await fixture.withLog { log in try await log.append(AuditFixture.entry(1)) }
        let rotated = AuditKeyring(current: new, retired: [old])
        try await fixture.withLog(keyring: rotated) { log in try await log.append(AuditFixture.entry(2)) }

        let reader = AuditReader(database: try fixture.openDatabase(), keyring: rotated)
        #expect(try await reader.event(id: "ex-1", readPayloads: true)?.integrity.payloadKeyID == old.id)
        #expect(try await reader.event(id: "ex-1", readPayloads: true)?.payloads?.providerRequest == Data("masked request 1".utf8))
        #expect(try await reader.event(id: "ex-2", readPayloads: true)?.integrity.payloadKeyID == new.id)
    }

    @Test func aCiphertextMovedToAnotherEventDoesNotDecrypt() async throws {
        let fixture = AuditFixture()
        try await fixture.withLog { log in
            try await log.append(AuditFixture.entry(1))
            try await log.append(AuditFixture.entry(2))
        }
        try fixture.tamper { db in
            try db.execute(
                sql: """
                    UPDATE audit_event SET (payload, payload_nonce) =
                        (SELECT payload, payload_nonce FROM audit_event WHERE id = 'ex-1') WHERE id = 'ex-2'
                    """
            )
        }
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: fixture.keyring)
        await #expect(throws: AuditError.payloadUnreadable(eventID: "ex-2", keyID: fixture.keyring.current.id)) {
            try await reader.event(id: "ex-2", readPayloads: true)
        }
    }
}
