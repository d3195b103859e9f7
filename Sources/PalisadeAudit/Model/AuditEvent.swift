import Foundation
import PalisadeCore

/// One stored audit event as an investigation sees it.
public struct AuditEvent: Sendable, Hashable, Identifiable {
    public var id: String { record.id }
    public var sequence: Int64
    public var record: ExchangeRecord
    public var applicationName: String?
    public var costUSD: Double?
    public var decisions: [AuditDecision]
    public var captureMode: CaptureMode
    /// The decrypted bodies, present only when the reader was allowed to read payloads.
    public var payloads: AuditPayloads?
    public var integrity: AuditIntegrity
}

/// The fields that tie an event into the hash chain.
public struct AuditIntegrity: Sendable, Hashable {
    public var chainID: String
    /// Hex SHA-256 of the previous event (or the chain's genesis value for the first one).
    public var previousHash: String
    public var eventHash: String
    /// The id of the key that encrypted the payloads; nil when none were kept.
    public var payloadKeyID: String?
}
