import PalisadeCore
import Testing
@testable import PalisadePolicy

@Suite struct PolicyEvaluationTests {
    static let policyText = """
    version: 1
    default:
      block_message: "Refused by policy."
      rules:
        - { id: block-injection, match: { kind: [injection, jailbreak], min_score: 0.8, direction: input }, action: block }
        - { id: mask-email, match: { kind: pii, types: [EMAIL] }, action: redact }
        - { id: pii-in-system, match: { kind: pii, roles: [system] }, action: allow }
        - { id: flag-person, match: { kind: pii, types: [PERSON] }, action: flag }
    applications:
      watcher:
        mode: monitor
    """

    private func decide(_ findings: [Finding], app: String? = nil) throws -> PolicyDecision {
        try PolicyFixtures.load(Self.policyText).policy(for: app).evaluateInput(PolicyFixtures.chat(), findings: findings, bodyBytes: 100)
    }

    @Test func noFindingsIsAllow() throws {
        let decision = try decide([])
        #expect(decision.action == .allow)
        #expect(decision.matches.isEmpty)
        #expect(decision.errorCode == nil)
    }

    @Test func eachActionInEnforceMode() throws {
        let flagged = try decide([PolicyFixtures.finding(.pii, "PERSON")])
        #expect(flagged.action == .flag && flagged.enforcedAction == .flag && !flagged.blocks)

        let email = PolicyFixtures.finding(.pii, "EMAIL")
        let redacted = try decide([email])
        #expect(redacted.action == .redact && redacted.enforcedAction == .redact)
        #expect(redacted.redactions == [email])

        let blocked = try decide([PolicyFixtures.finding(.injection, "PROMPT_INJECTION", confidence: 0.9)])
        #expect(blocked.blocks && !blocked.wouldBlock)
        #expect(blocked.errorCode == "policy_blocked_injection")
        #expect(blocked.blockMessage == "Refused by policy.")
        #expect(blocked.matchedRuleIDs == ["block-injection"])
    }

    @Test func eachActionInMonitorModeIsRecordedButNotEnforced() throws {
        let blocked = try decide([PolicyFixtures.finding(.injection, "PROMPT_INJECTION", confidence: 0.9)], app: "watcher")
        #expect(blocked.action == .block && blocked.mode == .monitor)
        #expect(!blocked.blocks && blocked.wouldBlock)
        #expect(blocked.enforcedAction == .flag)
        #expect(blocked.errorCode == "policy_blocked_injection")

        let redacted = try decide([PolicyFixtures.finding(.pii, "EMAIL")], app: "watcher")
        #expect(redacted.action == .redact && redacted.enforcedAction == .flag)
        let flagged = try decide([PolicyFixtures.finding(.pii, "PERSON")], app: "watcher")
        #expect(flagged.enforcedAction == .flag && !flagged.wouldBlock)
    }

    @Test func strongestActionWinsAndEveryMatchIsRecorded() throws {
        let decision = try decide([
            PolicyFixtures.finding(.pii, "PERSON"),
            PolicyFixtures.finding(.pii, "EMAIL"),
            PolicyFixtures.finding(.jailbreak, "JAILBREAK", confidence: 0.99),
        ])
        #expect(decision.action == .block)
        #expect(decision.matchedRuleIDs == ["flag-person", "mask-email", "block-injection"])
        #expect(decision.matches.allSatisfy { $0.finding != nil && !$0.reason.isEmpty })
    }

    @Test func allowRuleExemptsMatchingFindings() throws {
        let decision = try decide([PolicyFixtures.finding(.pii, "EMAIL", role: .system)])
        #expect(decision.action == .allow)
        #expect(decision.redactions.isEmpty)
        #expect(decision.matches.map(\.ruleID) == ["pii-in-system"])
    }

    @Test func thresholdsAreRespected() throws {
        #expect(try decide([PolicyFixtures.finding(.injection, "PROMPT_INJECTION", confidence: 0.7)]).action == .allow)
        #expect(try decide([PolicyFixtures.finding(.injection, "PROMPT_INJECTION", confidence: 0.9, direction: .output)]).action == .allow)
    }
}
