import PalisadeCore

/// Applies rules to findings and combines the outcome into a decision. For each finding, a
/// matching `allow` rule exempts it from every other rule (that is what `allow` is for: carving
/// exceptions out of broader rules); otherwise the strongest matching action applies. The
/// decision's action is the strongest over all findings.
struct RuleEvaluator: Sendable {
    let rules: [PolicyRule]

    func decide(_ findings: [Finding], direction: Direction, policy: PolicyContext) -> PolicyDecision {
        var decision = PolicyDecision(
            action: .allow, mode: policy.mode, direction: direction,
            policyVersion: policy.version, blockMessage: policy.blockMessage
        )
        for finding in findings {
            let (action, matches) = judge(finding)
            decision.matches += matches
            if action == .redact { decision.redactions.append(finding) }
            if action == .block, decision.errorCode == nil { decision.errorCode = PolicyErrorCode.code(for: finding) }
            decision.action = max(decision.action, action)
        }
        if decision.action != .block { decision.errorCode = nil }
        return decision
    }

    /// The action one finding gets and the rules behind it.
    func judge(_ finding: Finding) -> (action: PolicyAction, matches: [PolicyRuleMatch]) {
        var exemptions: [PolicyRuleMatch] = []
        var matches: [PolicyRuleMatch] = []
        var action = PolicyAction.allow
        for rule in rules where rule.selector.matches(finding) {
            let match = PolicyRuleMatch(ruleID: rule.id, action: rule.action, reason: Self.reason(rule, finding), finding: finding)
            if rule.action == .allow {
                exemptions.append(match)
            } else {
                matches.append(match)
                action = max(action, rule.action)
            }
        }
        return exemptions.isEmpty ? (action, matches) : (.allow, exemptions)
    }

    private static func reason(_ rule: PolicyRule, _ finding: Finding) -> String {
        let place = [finding.role?.rawValue, finding.path].compactMap { $0 }.joined(separator: " at ")
        let subject = finding.kind == .policy || finding.kind == .outputLeak
            ? finding.evidence
            : "\(finding.kind.rawValue) \(finding.type) (severity \(finding.severity.rawValue), score \(finding.confidence))"
        return place.isEmpty ? subject : "\(subject) in \(place)"
    }
}

/// What a decision carries from the policy that made it.
struct PolicyContext: Sendable {
    var mode: PolicyMode
    var version: String
    var blockMessage: String
}
