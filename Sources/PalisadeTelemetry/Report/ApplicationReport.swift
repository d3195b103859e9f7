import Foundation
import PalisadeCore

/// What happened in one application over a period: traffic, cost, findings, risk and the
/// monetary exposure of the sensitive data seen. Rendered as JSON, Markdown or HTML.
public struct ApplicationReport: Sendable, Hashable, Codable {
    public struct Traffic: Sendable, Hashable, Codable {
        public var requests: Int
        public var errors: Int
        public var inputTokens: Int
        public var outputTokens: Int
        public var costUSD: Double
        public var averageLatencyMs: Double
    }

    /// One UTC day of the period.
    public struct Day: Sendable, Hashable, Codable {
        public var date: Date
        public var requests: Int
        public var costUSD: Double
        /// Finding counts keyed by `FindingKind` raw value.
        public var findings: [String: Int]
    }

    /// An attack Palisade refused, shown only through the detector's already-redacted evidence.
    public struct BlockedAttack: Sendable, Hashable, Codable {
        public var at: Date
        public var kind: FindingKind
        public var type: String
        public var severity: Severity
        public var evidence: String
    }

    public struct ExposureLine: Sendable, Hashable, Codable {
        public var sensitivity: DataSensitivity
        public var records: Int
        public var usdPerRecord: Double
        public var usd: Double
        public var basis: String
    }

    public struct MonetaryExposure: Sendable, Hashable, Codable {
        public var totalUSD: Double
        public var lines: [ExposureLine]
    }

    public var application: String
    public var periodStart: Date
    public var periodEnd: Date
    public var generatedAt: Date
    public var traffic: Traffic
    public var days: [Day]
    /// Totals keyed by `FindingKind` raw value.
    public var findingsByKind: [String: Int]
    public var risk: RiskAssessment
    public var blockedAttackCount: Int
    /// Up to ten of the most recent blocked attacks.
    public var blockedAttackExamples: [BlockedAttack]
    /// Sensitive values seen, before any masking: one per finding.
    public var sensitiveRecords: [DataSensitivity: Int]
    public var monetaryExposure: MonetaryExposure
    public var inventory: ApplicationInventory?

    /// The factors that add the most risk, largest first.
    public var topRisks: [RiskAssessment.Factor] {
        Array(risk.factors.filter { $0.points > 0 }.prefix(3))
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }
}
