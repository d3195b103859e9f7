import PalisadeCore

/// `limits:` request size and requested answer length.
struct LimitControl: Sendable {
    var maxPromptBytes: Int?
    var maxTokens: Int?
    var action: PolicyAction?

    func overridden(by other: LimitControl) -> LimitControl {
        LimitControl(
            maxPromptBytes: other.maxPromptBytes ?? maxPromptBytes,
            maxTokens: other.maxTokens ?? maxTokens,
            action: other.action ?? action
        )
    }

    func findings(exchange: Exchange, bodyBytes: Int) -> [Finding] {
        var findings: [Finding] = []
        if let maxPromptBytes, bodyBytes > maxPromptBytes {
            findings.append(.policy(PolicyFindingType.promptTooLarge, "request body is \(bodyBytes) bytes, limit is \(maxPromptBytes)", direction: .input))
        }
        if let maxTokens, let requested = exchange.maxTokens, requested > maxTokens {
            findings.append(.policy(PolicyFindingType.maxTokensExceeded, "max_tokens \(requested) exceeds the limit of \(maxTokens)", direction: .input, path: "max_tokens"))
        }
        return findings
    }
}
