import Foundation
import PalisadeAudit
import PalisadeCore
import Testing

@Suite struct AuditExportTests {
    private static let email = Finding(kind: .pii, type: "EMAIL_ADDRESS", severity: .medium, confidence: 1, utf8Range: 0..<5, evidence: "j***@x.org")
    private static let jailbreak = Finding(kind: .jailbreak, type: "ROLEPLAY", severity: .high, confidence: 0.8, utf8Range: 0..<5, evidence: "pretend…")

    private func lines(_ export: AuditExport) async throws -> [[String: Any]] {
        var objects: [[String: Any]] = []
        for try await line in export {
            #expect(line.last == UInt8(ascii: "\n"))
            objects.append(try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any]))
        }
        return objects
    }

    @Test func jsonLinesHoldEveryEventOldestFirstWithItsIntegrityFields() async throws {
        let fixture = AuditFixture()
        try await fixture.fill(7)
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: fixture.keyring)
        let objects = try await lines(AuditExport(reader: reader, query: AuditQuery(limit: 3), format: .jsonLines))
        #expect(objects.map { $0["id"] as? String } == (0..<7).map { "ex-\($0)" })
        #expect(objects.map { $0["sequence"] as? Int } == Array(1...7))
        for (previous, next) in zip(objects, objects.dropFirst()) {
            #expect(next["previous_hash"] as? String == previous["event_hash"] as? String)
        }
        #expect(objects.first?["chain_id"] as? String == (try fixture.openDatabase().chainID))
        #expect((objects.first?["record"] as? [String: Any])?["end_user"] as? String == "alice")
        #expect(objects.first?["payloads"] == nil)
    }

    @Test func jsonLinesCarryPayloadsOnlyWhenReadingIsAllowed() async throws {
        let fixture = AuditFixture()
        try await fixture.fill(1)
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: fixture.keyring)
        let objects = try await lines(AuditExport(reader: reader, query: AuditQuery(readPayloads: true), format: .jsonLines))
        let payloads = try #require(objects.first?["payloads"] as? [String: Any])
        #expect(payloads["provider_request"] as? String == Data("masked request 0".utf8).base64EncodedString())
    }

    @Test func ocsfWritesOneFindingPerLineWithTheEventsAttestation() async throws {
        let fixture = AuditFixture()
        try await fixture.withLog { log in
            try await log.append(AuditFixture.entry(0, findings: [Self.email, Self.jailbreak]))
            try await log.append(AuditFixture.entry(1))
            try await log.append(AuditFixture.entry(2, findings: [Self.email]))
        }
        let reader = AuditReader(database: try fixture.openDatabase(), keyring: nil)
        let objects = try await lines(AuditExport(reader: reader, query: AuditQuery(), format: .ocsf(OCSFEncoder())))
        #expect(objects.map { $0["class_uid"] as? Int } == [2006, 2004, 2006])
        let stored = try #require(try await reader.event(id: "ex-2"))
        let attestation = try #require((objects.last?["attestation_list"] as? [[String: Any]])?.first)
        #expect((attestation["fingerprint"] as? [String: Any])?["value"] as? String == stored.integrity.eventHash)
        #expect((attestation["prev_event"] as? [String: Any])?["uid"] as? String == "ex-1")
        #expect(attestation["authority_uid"] as? String == fixture.signingKey.id)
    }
}
