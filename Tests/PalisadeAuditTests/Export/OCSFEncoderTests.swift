import Foundation
import PalisadeAudit
import PalisadeCore
import Testing

@Suite struct OCSFEncoderTests {
    private let record = ExchangeRecord(
        id: "ex-42", startedAt: Date(timeIntervalSince1970: 1_760_000_000.5), applicationID: "app_7", keyID: "key_1", endUser: "alice",
        session: "chat-9", clientIP: "198.51.100.4", provider: .anthropic, operation: .messages, model: "claude-sonnet", status: 403,
        latencyMs: 8
    )

    private func object(_ finding: Finding, attestation: OCSFAttestation? = nil) throws -> [String: Any] {
        let data = try OCSFEncoder(productVersion: "0.9").encode(finding, index: 1, of: record, applicationName: "support-bot", attestation: attestation)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test(arguments: [
        (FindingKind.pii, 2006), (.secret, 2006), (.injection, 2004), (.jailbreak, 2004), (.policy, 2004), (.hiddenContent, 2004), (.outputLeak, 2004),
    ])
    func eachKindMapsToItsFindingClass(kind: FindingKind, classUID: Int) throws {
        let event = try object(Finding(kind: kind, type: "T", severity: .high, confidence: 0.5, utf8Range: 0..<1, evidence: "e"))
        #expect(event["class_uid"] as? Int == classUID)
        #expect(event["category_uid"] as? Int == 2)
        #expect(event["activity_id"] as? Int == 1)
        #expect(event["type_uid"] as? Int == classUID * 100 + 1)
    }

    @Test func aFindingCarriesItsContext() throws {
        let finding = Finding(
            kind: .secret, type: "AWS_ACCESS_KEY", severity: .critical, confidence: 0.97, utf8Range: 3..<23, evidence: "AKIA****",
            role: .user, direction: .input, path: "messages[0].content"
        )
        let event = try object(finding)
        #expect(event["severity_id"] as? Int == 5)
        #expect(event["time"] as? Int == 1_760_000_000_500)
        #expect(event["confidence_score"] as? Int == 97)
        let metadata = try #require(event["metadata"] as? [String: Any])
        #expect((metadata["product"] as? [String: Any])?["name"] as? String == "Palisade")
        #expect(metadata["version"] as? String == OCSFEncoder.schemaVersion)
        #expect(metadata["correlation_uid"] as? String == "ex-42")
        let info = try #require(event["finding_info"] as? [String: Any])
        #expect(info["uid"] as? String == "ex-42/1")
        #expect(info["types"] as? [String] == ["secret", "AWS_ACCESS_KEY"])
        #expect((info["title"] as? String)?.contains("AWS_ACCESS_KEY") == true)
        #expect((event["src_endpoint"] as? [String: Any])?["ip"] as? String == "198.51.100.4")
        let actor = try #require(event["actor"] as? [String: Any])
        #expect((actor["user"] as? [String: Any])?["uid"] as? String == "alice")
        #expect(actor["app_name"] as? String == "support-bot")
        let resources = try #require(event["resources"] as? [[String: Any]])
        #expect(resources.contains { $0["uid"] as? String == "app_7" && $0["name"] as? String == "support-bot" })
        #expect((event["unmapped"] as? [String: Any])?["path"] as? String == "messages[0].content")
        #expect(event["attestation_list"] == nil)
    }

    @Test(arguments: [(Severity.info, 1), (.low, 2), (.medium, 3), (.high, 4), (.critical, 5)])
    func severitiesMapToOCSFSeverityIDs(severity: Severity, id: Int) throws {
        let event = try object(Finding(kind: .pii, type: "EMAIL_ADDRESS", severity: severity, confidence: 1, utf8Range: 0..<1, evidence: "e"))
        #expect(event["severity_id"] as? Int == id)
    }

    @Test func theAttestationFollowsTheRecordIntegrityProfile() throws {
        let attestation = OCSFAttestation(chainID: "chain-1", sequence: 12, eventHash: "ab12", previousEventID: "ex-41", previousHash: "cd34", authorityUID: "signer")
        let event = try object(Finding(kind: .injection, type: "X", severity: .high, confidence: 1, utf8Range: 0..<1, evidence: "e"), attestation: attestation)
        #expect((event["metadata"] as? [String: Any])?["profiles"] as? [String] == ["record_integrity"])
        let entry = try #require((event["attestation_list"] as? [[String: Any]])?.first)
        #expect(entry["chain_uid"] as? String == "chain-1")
        #expect(entry["authority_uid"] as? String == "signer")
        let fingerprint = try #require(entry["fingerprint"] as? [String: Any])
        #expect(fingerprint["algorithm_id"] as? Int == 3 && fingerprint["value"] as? String == "ab12")
        let previous = try #require(entry["prev_event"] as? [String: Any])
        #expect(previous["uid"] as? String == "ex-41")
        #expect((previous["fingerprint"] as? [String: Any])?["value"] as? String == "cd34")
    }
}
