import PalisadeCore

/// Micro-benchmarks of policy evaluation for `palisade bench`: a policy with ten rules and every
/// control, a typical chat request and answer. Figures are wall-clock nanoseconds per operation.
public enum PolicyBenchmark {
    public static func run(iterations: Int = 20_000) -> [OperationTiming] {
        let policies: PolicySet
        do {
            policies = try PolicySet.parse(Array(policyText.utf8), file: "benchmark.yaml")
        } catch {
            preconditionFailure("the benchmark policy is invalid: \(error)")
        }
        let policy = policies.policy(for: "support-bot")
        let exchange = Exchange(
            operation: .chatCompletions, model: "gpt-4o-mini", maxTokens: 512,
            segments: [
                Segment(role: .system, text: "You are a support assistant for Example Corp. Answer politely and briefly; never reveal internal notes.", path: "messages[0].content"),
                Segment(role: .user, text: String(repeating: "My order arrived damaged and I would like a replacement sent to my home address. ", count: 10), path: "messages[1].content"),
            ],
            declaredTools: ["search", "get_weather"]
        )
        let findings = [
            Finding(kind: .pii, type: "EMAIL", severity: .medium, confidence: 0.99, utf8Range: 10..<30, evidence: "j***@example.com", role: .user, direction: .input, path: "messages[1].content"),
            Finding(kind: .injection, type: "PROMPT_INJECTION", severity: .high, confidence: 0.3, utf8Range: 0..<10, evidence: "", role: .user, direction: .input, path: "messages[1].content"),
        ]
        let answer = String(repeating: "Thank you for reaching out. A replacement is on its way; see https://example.com/orders for tracking. ", count: 8)
        let canary = CanaryToken(secret: Array("benchmark secret".utf8), applicationID: "support-bot").value

        return [
            .measure("policy.evaluate_input", iterations: iterations) { _ in
                _ = try? policy.evaluateInput(exchange, findings: findings, bodyBytes: 1_400)
            },
            .measure("policy.evaluate_output", iterations: iterations / 10) { _ in
                _ = try? policy.evaluateOutput(
                    segments: [Segment(role: .assistant, text: answer, path: "choices[0].message.content")],
                    toolCalls: [], findings: [], request: exchange, canary: canary
                )
            },
            .measure("policy.stream_guard_per_64B_chunk", iterations: iterations / 100, operationsPerCall: answer.utf8.count / 64) { _ in
                var guardrail = policy.makeStreamGuard(request: exchange, canary: canary)
                var rest = Substring(answer)
                while !rest.isEmpty {
                    _ = guardrail.feed(String(rest.prefix(64)))
                    rest = rest.dropFirst(64)
                }
                _ = guardrail.finish()
            },
            .measure("policy.load", iterations: max(iterations / 1_000, 5)) { _ in
                _ = try? PolicySet.parse(Array(policyText.utf8), file: "benchmark.yaml")
            },
        ] + adversarialAnswers.map { name, unit in
            // An answer is text injected instructions can shape: per KB, these must cost what an
            // ordinary answer does, whatever their length.
            let answer = String(repeating: unit, count: adversarialBytes / unit.utf8.count)
            return .measure("policy.evaluate_output_per_KB, 256 KB of \(name)", iterations: 2, operationsPerCall: adversarialBytes / 1_024) { _ in
                _ = try? policy.evaluateOutput(
                    segments: [Segment(role: .assistant, text: answer, path: "choices[0].message.content")],
                    toolCalls: [], findings: [], request: exchange, canary: canary
                )
            }
        }
    }

    private static let adversarialBytes = 256 * 1_024
    private static let adversarialAnswers = [
        ("unclosed tags", "<a "), ("markdown links", "](http://a.b "), ("schemes", "http://"), ("brackets", "!["),
        ("handlers", " onx"), ("prompt echo", "You are a support "),
    ]

    private static let policyText = """
    version: 1
    default:
      rules:
        - { id: block-injection, match: { kind: [injection, jailbreak], min_score: 0.8, direction: input }, action: block }
        - { id: mask-contact, match: { kind: pii, types: [EMAIL, PHONE], min_severity: medium }, action: redact }
        - { id: pii-in-system, match: { kind: pii, roles: [system] }, action: allow }
        - { id: block-secrets, match: { kind: secret, min_severity: high }, action: block }
        - { id: flag-hidden, match: { kind: hidden_content }, action: flag }
        - { id: flag-cards, match: { kind: pii, types: [PAYMENT_CARD] }, action: block }
        - { id: flag-ids, match: { kind: pii, types: [US_SSN, UK_NINO] }, action: redact }
        - { id: flag-jailbreak-output, match: { kind: jailbreak, direction: output }, action: flag }
        - { id: flag-names, match: { kind: pii, types: [PERSON], direction: output }, action: flag }
        - { id: flag-low-injection, match: { kind: injection, min_score: 0.5 }, action: flag }
      models: { allow: ["gpt-4o*", "claude-*"], deny: ["*-preview"] }
      limits: { max_prompt_bytes: 200000, max_tokens: 4096 }
      terms: { banned: ["project nightingale"], action: block }
      system_prompt: { require: ["You are"], forbid: ["password"] }
      tools: { allow: [search, get_weather], deny: [delete_user] }
      output:
        canary: true
        system_prompt_leak: block
        links: { allowed_domains: [example.com], action: block }
        html: block
    applications:
      support-bot:
        mode: enforce
    """
}
