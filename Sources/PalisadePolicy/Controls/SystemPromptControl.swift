import PalisadeCore

/// `system_prompt:` phrases the system prompt must contain (the application's guard rails are
/// in place) or must not (credentials or internal names pasted into it). Matching ignores case,
/// width and spacing differences.
struct SystemPromptControl: Sendable {
    var require: [String]?
    var forbid: [String]?
    var action: PolicyAction?

    func overridden(by other: SystemPromptControl) -> SystemPromptControl {
        SystemPromptControl(require: other.require ?? require, forbid: other.forbid ?? forbid, action: other.action ?? action)
    }

    func findings(exchange: Exchange) -> [Finding] {
        let required = require ?? [], forbidden = forbid ?? []
        guard !required.isEmpty || !forbidden.isEmpty else { return [] }
        let prompt = Array(TextNormalizer.normalize(exchange.systemPrompt ?? "").utf8)
        func contains(_ phrase: String) -> Bool {
            let needle = Array(TextNormalizer.normalize(phrase).utf8)
            guard !needle.isEmpty, needle.count <= prompt.count else { return needle.isEmpty }
            return (0...(prompt.count - needle.count)).contains { start in
                prompt[start] == needle[0] && prompt[start..<start + needle.count].elementsEqual(needle)
            }
        }
        var findings: [Finding] = []
        for phrase in required where !contains(phrase) {
            findings.append(.policy(PolicyFindingType.systemPromptMissingRequired, "system prompt lacks required text `\(phrase)`", direction: .input, role: .system))
        }
        for phrase in forbidden where contains(phrase) {
            findings.append(.policy(PolicyFindingType.systemPromptForbiddenContent, "system prompt contains forbidden text `\(phrase)`", direction: .input, role: .system))
        }
        return findings
    }
}
