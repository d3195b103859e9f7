import Foundation
import PalisadeCore

extension RiskModel {
    /// Scores one application. Pure: the same inputs and model give the same assessment.
    public func assess(_ inputs: RiskInputs) -> RiskAssessment {
        var factors: [RiskAssessment.Factor] = []
        func add(_ name: String, _ points: Double, _ explanation: String) {
            if points > 0 { factors.append(.init(name: name, points: points, explanation: explanation)) }
        }

        let reachShare = inputs.reach <= 0 ? 0 : min(1, log10(1 + Double(inputs.reach)) / log10(1 + Double(max(1, reach.saturation))))
        add("reach", reach.points * reachShare, "\(inputs.reach) distinct end users and client addresses reach this application.")

        let sensitivePoints = min(sensitiveDataCap, inputs.dataSeen.reduce(0) { $0 + (sensitivity[$1] ?? 0) })
        let classes = DataSensitivity.allCases.filter(inputs.dataSeen.contains).map(\.rawValue).joined(separator: ", ")
        add("sensitive_data", sensitivePoints, "Its traffic carries sensitive data: \(classes).")

        let signals = inputs.signals
        let perThousand = signals.requests > 0 ? 1_000 / signals.requests : 0
        let rates: [(String, RateWeight, Double, String)] = [
            ("attacks", attacks, signals.attacks, "injection or jailbreak attempts"),
            ("leaks", leaks, signals.leaks, "answers leaking secrets, personal data or the system prompt"),
            ("blocked_outputs", blockedOutputs, signals.blockedOutputs, "answers blocked"),
            ("rate_limit_refusals", rateLimitRefusals, signals.rateLimitRefusals, "requests refused by rate limits or budgets"),
        ]
        for (name, weight, count, what) in rates {
            let rate = count * perThousand
            add(name, weight.points(forRate: rate), "\((rate * 10).rounded() / 10) \(what) per 1,000 requests (recent activity weighs most).")
        }

        let exposureAndThreats = factors.reduce(0) { $0 + $1.points }
        let reductions = controlReductions(inputs.controls)
        let requested = reductions.reduce(0) { $0 + $1.share }
        let scale = requested > controls.maximumReduction ? controls.maximumReduction / requested : 1
        for (name, share, explanation) in reductions where share > 0 {
            factors.append(.init(name: name, points: -exposureAndThreats * share * scale, explanation: explanation))
        }

        let total = min(100, max(0, factors.reduce(0) { $0 + $1.points }))
        let score = Int(total.rounded())
        return RiskAssessment(
            score: score,
            level: level(for: Double(score)),
            factors: factors.sorted { abs($0.points) > abs($1.points) }
        )
    }

    private func controlReductions(_ inForce: ControlsInForce) -> [(name: String, share: Double, explanation: String)] {
        var reductions: [(String, Double, String)] = []
        switch inForce.policyMode {
        case .enforce:
            reductions.append(("policy_enforced", controls.enforceReduction, "Its policy is enforced: attacks and leaks are stopped."))
        case .monitor:
            reductions.append(("policy_monitored", controls.monitorReduction, "Its policy runs in monitor mode: threats are reported, not stopped."))
        case nil:
            break
        }
        if inForce.redaction {
            reductions.append(("redaction", controls.redactionReduction, "Sensitive values are masked before they reach the provider."))
        }
        if inForce.rateLimits {
            reductions.append(("rate_limits", controls.rateLimitReduction, "Rate limits bound abuse."))
        }
        if inForce.budgets {
            reductions.append(("budgets", controls.budgetReduction, "Budgets bound spending."))
        }
        return reductions
    }

    func level(for score: Double) -> RiskAssessment.Level {
        if score >= levels.critical { return .critical }
        if score >= levels.high { return .high }
        if score >= levels.medium { return .medium }
        return .low
    }
}
