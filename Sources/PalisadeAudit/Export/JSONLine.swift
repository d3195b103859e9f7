import Foundation
import PalisadeCore

/// One audit event as the JSONL export writes it, keys in snake case, times in milliseconds.
struct JSONLine: Encodable {
    struct Payloads: Encodable {
        var applicationRequest: Data?
        var providerRequest: Data?
        var providerResponse: Data?
        var applicationResponse: Data?
    }

    var chainID: String
    var sequence: Int64
    var id: String
    var previousHash: String
    var eventHash: String
    var payloadKeyID: String?
    var record: ExchangeRecord
    var applicationName: String?
    var costUSD: Double?
    var decisions: [AuditDecision]
    var captureMode: CaptureMode
    var payloads: Payloads?

    init(_ event: AuditEvent) {
        chainID = event.integrity.chainID
        sequence = event.sequence
        id = event.id
        previousHash = event.integrity.previousHash
        eventHash = event.integrity.eventHash
        payloadKeyID = event.integrity.payloadKeyID
        record = event.record
        applicationName = event.applicationName
        costUSD = event.costUSD
        decisions = event.decisions
        captureMode = event.captureMode
        payloads = event.payloads.map {
            Payloads(
                applicationRequest: $0.applicationRequest, providerRequest: $0.providerRequest,
                providerResponse: $0.providerResponse, applicationResponse: $0.applicationResponse
            )
        }
    }

    static func encode(_ event: AuditEvent) throws -> Data {
        try AuditJSON.encoder().encode(JSONLine(event)) + Data("\n".utf8)
    }
}
