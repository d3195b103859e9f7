import PalisadeCore
import Testing
@testable import PalisadePolicy

@Suite struct PolicyInheritanceTests {
    let policies: PolicySet

    init() throws {
        policies = try PolicyFixtures.load("""
        version: 1
        default:
          block_message: default message
          rules:
            - { id: mask-email, match: { kind: pii, types: [EMAIL] }, action: redact }
            - { id: flag-person, match: { kind: pii, types: [PERSON] }, action: flag }
          models: { allow: ["gpt-4o*"], deny: ["*-preview"] }
          tools: { allow: [search, shell] }
        applications:
          crm:
            block_message: crm message
            rules:
              - { id: mask-email, match: { kind: pii, types: [EMAIL] }, action: block }
              - { id: block-iban, match: { kind: pii, types: [IBAN] }, action: block }
            models: { deny: ["gpt-4o-mini"] }
            tools: { allow: [search] }
        """)
    }

    @Test func unknownApplicationGetsDefault() {
        #expect(policies.policy(for: "unknown").applicationName == nil)
        #expect(policies.policy(for: nil).blockMessage == "default message")
        #expect(policies.applicationNames == ["crm"])
    }

    @Test func rulesWithTheSameIdReplaceAndNewOnesAreAdded() {
        let rules = policies.policy(for: "crm").rules.filter { !ControlRuleID.all.contains($0.id) }
        #expect(rules.map(\.id) == ["mask-email", "flag-person", "block-iban"])
        #expect(rules[0].action == .block)
        #expect(policies.defaultPolicy.rules[0].action == .redact)
    }

    @Test func settingsOverrideOneByOneAndListsReplace() throws {
        let crm = policies.policy(for: "crm")
        #expect(crm.blockMessage == "crm message")
        let decide = { (model: String) throws -> PolicyDecision in
            try crm.evaluateInput(PolicyFixtures.chat(model: model), findings: [], bodyBytes: 10)
        }
        #expect(try decide("gpt-4o").action == .allow)
        #expect(try decide("gpt-4o-mini").errorCode == "policy_model_not_allowed")
        #expect(try decide("claude-3").errorCode == "policy_model_not_allowed")
        #expect(try decide("gpt-4o-preview").action == .allow, "the application's deny list replaces the default's")
        let shell = try crm.evaluateInput(PolicyFixtures.chat(tools: ["shell"]), findings: [], bodyBytes: 10)
        #expect(shell.errorCode == "policy_tool_not_allowed")
    }
}
