import Foundation
import PalisadeCore

/// Everything the gateway knows about one exchange, handed to the audit log once the exchange
/// is complete.
public struct AuditEntry: Sendable, Hashable {
    public var record: ExchangeRecord
    public var applicationName: String?
    public var costUSD: Double?
    public var decisions: [AuditDecision]
    public var payloads: AuditPayloads
    /// How much of `payloads` the application's policy allows to keep; the log drops the rest
    /// before encrypting, so a caller cannot store more than the mode permits by mistake.
    public var captureMode: CaptureMode

    public init(
        record: ExchangeRecord,
        applicationName: String? = nil,
        costUSD: Double? = nil,
        decisions: [AuditDecision] = [],
        payloads: AuditPayloads = AuditPayloads(),
        captureMode: CaptureMode
    ) {
        self.record = record
        self.applicationName = applicationName
        self.costUSD = costUSD
        self.decisions = decisions
        self.payloads = payloads
        self.captureMode = captureMode
    }
}

/// What an application's audit policy keeps of each exchange's bodies.
public enum CaptureMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// All four bodies: as the application sent and received them, and as the provider did.
    case full
    /// Only the bodies the provider saw and produced, i.e. after masking.
    case masked
    /// No bodies at all.
    case metadata
}

/// A policy rule's verdict on an exchange, recorded so an investigator can see why it was
/// allowed, masked or refused.
public struct AuditDecision: Sendable, Hashable, Codable {
    public enum Enforcement: String, Sendable, Hashable, Codable {
        /// The action was applied to the traffic.
        case enforced
        /// The action was only recorded (the rule runs in monitor mode).
        case monitor
    }

    public var ruleID: String
    /// What the rule decided (`allow`, `mask`, `block`, …).
    public var action: String
    public var enforcement: Enforcement
    public var reason: String?
    public var policyVersion: String?

    public init(ruleID: String, action: String, enforcement: Enforcement, reason: String? = nil, policyVersion: String? = nil) {
        self.ruleID = ruleID
        self.action = action
        self.enforcement = enforcement
        self.reason = reason
        self.policyVersion = policyVersion
    }
}
