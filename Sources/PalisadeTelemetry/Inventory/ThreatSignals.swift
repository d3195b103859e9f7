import Foundation
import PalisadeCore

/// Recent activity of one application, each count decaying exponentially so that an attack
/// last month weighs less than one today.
///
/// Every count is multiplied by `2^(-elapsed / halfLife)` before the next addition, which keeps
/// an update O(1) and needs no history.
public struct ThreatSignals: Sendable, Hashable, Codable {
    public var requests: Double = 0
    /// Exchanges with injection or jailbreak findings.
    public var attacks: Double = 0
    /// Exchanges whose output carried a leak finding, a secret or personal data.
    public var leaks: Double = 0
    /// Exchanges blocked (or that monitor mode would have blocked) because of their output.
    public var blockedOutputs: Double = 0
    public var rateLimitRefusals: Double = 0
    public var updatedAt: Date = .distantPast

    public init() {}

    /// The counts as they stand at `date`, decayed since the last update.
    public func decayed(to date: Date, halfLife: TimeInterval) -> ThreatSignals {
        let elapsed = date.timeIntervalSince(updatedAt)
        guard elapsed > 0, updatedAt != .distantPast else {
            var copy = self
            copy.updatedAt = max(updatedAt, date)
            return copy
        }
        let factor = pow(2, -elapsed / halfLife)
        var copy = self
        copy.requests *= factor
        copy.attacks *= factor
        copy.leaks *= factor
        copy.blockedOutputs *= factor
        copy.rateLimitRefusals *= factor
        copy.updatedAt = date
        return copy
    }
}

extension ThreatSignals {
    /// Decays the counts to the exchange's time and adds what it shows.
    mutating func add(_ observation: ObservedExchange, halfLife: TimeInterval) {
        let policy = observation.policy
        add(
            findings: observation.record.findings,
            at: observation.record.startedAt,
            outputBlocked: { policy.action(for: $0.kind) == .block },
            rateLimited: observation.rateLimitRefusal != nil,
            halfLife: halfLife
        )
    }

    /// Adds a stored record, whose policy actions are no longer known: an output finding on an
    /// exchange Palisade answered with its own 4xx error counts as blocked.
    mutating func add(_ record: ExchangeRecord, halfLife: TimeInterval) {
        let refused = (400..<500).contains(record.status) && record.errorCode != nil
        add(
            findings: record.findings,
            at: record.startedAt,
            outputBlocked: { _ in refused },
            rateLimited: record.status == 429,
            halfLife: halfLife
        )
    }

    private mutating func add(
        findings: [Finding],
        at date: Date,
        outputBlocked: (Finding) -> Bool,
        rateLimited: Bool,
        halfLife: TimeInterval
    ) {
        self = decayed(to: date, halfLife: halfLife)
        requests += 1
        var attacked = false, leaked = false, blocked = false
        for finding in findings {
            attacked = attacked || finding.kind.isInjectionAttempt
            guard finding.direction == .output else { continue }
            leaked = leaked || finding.kind == .outputLeak || finding.kind == .secret || finding.kind == .pii
            blocked = blocked || outputBlocked(finding)
        }
        if attacked { attacks += 1 }
        if leaked { leaks += 1 }
        if blocked { blockedOutputs += 1 }
        if rateLimited { rateLimitRefusals += 1 }
    }
}
