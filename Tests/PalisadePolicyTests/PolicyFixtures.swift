import PalisadeCore
import Testing
@testable import PalisadePolicy

/// Shared helpers: load a policy from inline YAML, collect its problems, build findings.
enum PolicyFixtures {
    static let vocabulary = FindingVocabulary.policyEngine.merging(FindingVocabulary(types: [
        .pii: ["EMAIL", "PHONE", "PERSON", "IBAN"],
        .secret: ["AWS_ACCESS_KEY", "GITHUB_TOKEN"],
        .injection: ["PROMPT_INJECTION"],
    ]))

    static func load(_ yaml: String) throws -> PolicySet {
        try PolicySet.parse(Array(yaml.utf8), file: "policy.yaml", vocabulary: vocabulary)
    }

    static func problems(_ yaml: String) -> [PolicyProblem] {
        do {
            _ = try PolicySet.parse(Array(yaml.utf8), file: "policy.yaml", vocabulary: vocabulary)
            return []
        } catch {
            return error.problems
        }
    }

    static func finding(
        _ kind: FindingKind, _ type: String, severity: Severity = .high, confidence: Double = 0.95,
        role: SegmentRole = .user, direction: Direction = .input, range: Range<Int> = 0..<5
    ) -> Finding {
        Finding(kind: kind, type: type, severity: severity, confidence: confidence, utf8Range: range,
                evidence: "", role: role, direction: direction, path: "messages[1].content")
    }

    static func chat(model: String? = "gpt-4o", system: String? = nil, user: String = "Hello", maxTokens: Int? = nil, tools: [String] = [], toolCalls: [ToolCall] = []) -> Exchange {
        var segments: [Segment] = []
        if let system { segments.append(Segment(role: .system, text: system, path: "messages[0].content")) }
        segments.append(Segment(role: .user, text: user, path: "messages[1].content"))
        return Exchange(operation: .chatCompletions, model: model, maxTokens: maxTokens, segments: segments, declaredTools: tools, toolCalls: toolCalls)
    }
}
