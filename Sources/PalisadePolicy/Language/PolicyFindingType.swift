import PalisadeCore

/// The `type` of findings this module produces: those of the controls (`kind: policy`) and of
/// the output checks (`kind: output_leak`, and `policy` for unsafe markup). Rules can select them
/// like any detector finding, for instance to exempt banned terms in the system prompt.
public enum PolicyFindingType {
    public static let modelNotAllowed = "MODEL_NOT_ALLOWED"
    public static let promptTooLarge = "PROMPT_TOO_LARGE"
    public static let maxTokensExceeded = "MAX_TOKENS_EXCEEDED"
    public static let bannedTerm = "BANNED_TERM"
    public static let systemPromptMissingRequired = "SYSTEM_PROMPT_MISSING_REQUIRED"
    public static let systemPromptForbiddenContent = "SYSTEM_PROMPT_FORBIDDEN_CONTENT"
    public static let toolNotAllowed = "TOOL_NOT_ALLOWED"
    public static let toolArgumentRefused = "TOOL_ARGUMENT_REFUSED"
    public static let canaryLeak = "CANARY_LEAK"
    public static let systemPromptLeak = "SYSTEM_PROMPT_LEAK"
    public static let exfiltrationLink = "EXFILTRATION_LINK"
    public static let unsafeHTML = "UNSAFE_HTML"

    static let policyTypes: Set<String> = [
        modelNotAllowed, promptTooLarge, maxTokensExceeded, bannedTerm, systemPromptMissingRequired,
        systemPromptForbiddenContent, toolNotAllowed, toolArgumentRefused, unsafeHTML,
    ]
    static let outputLeakTypes: Set<String> = [canaryLeak, systemPromptLeak, exfiltrationLink]
}

/// The stable error code a blocked caller receives, chosen from the finding that caused the
/// block so that clients can tell a refused model from a refused prompt.
enum PolicyErrorCode {
    static func code(for finding: Finding) -> String {
        switch finding.type {
        case PolicyFindingType.modelNotAllowed: return "policy_model_not_allowed"
        case PolicyFindingType.promptTooLarge: return "policy_prompt_too_large"
        case PolicyFindingType.maxTokensExceeded: return "policy_max_tokens_exceeded"
        case PolicyFindingType.bannedTerm: return "policy_banned_term"
        case PolicyFindingType.systemPromptMissingRequired, PolicyFindingType.systemPromptForbiddenContent:
            return "policy_system_prompt_violation"
        case PolicyFindingType.toolNotAllowed: return "policy_tool_not_allowed"
        case PolicyFindingType.toolArgumentRefused: return "policy_tool_argument_refused"
        case PolicyFindingType.canaryLeak, PolicyFindingType.systemPromptLeak: return "policy_output_leak"
        case PolicyFindingType.exfiltrationLink: return "policy_exfiltration_link"
        case PolicyFindingType.unsafeHTML: return "policy_unsafe_html"
        default: break
        }
        switch finding.kind {
        case .injection, .jailbreak: return "policy_blocked_injection"
        case .pii: return "policy_blocked_pii"
        case .secret: return "policy_blocked_secret"
        case .hiddenContent: return "policy_blocked_hidden_content"
        case .outputLeak: return "policy_output_leak"
        case .policy: return "policy_blocked"
        }
    }
}

/// The finding types each kind can carry, so that validation can tell `kind: pii` with a secret
/// type (a rule that can never match) from a type it simply does not know. The detection module
/// owns the detector vocabularies; the gateway merges them into `policyEngine` when loading.
public struct FindingVocabulary: Sendable {
    public var types: [FindingKind: Set<String>]

    public init(types: [FindingKind: Set<String>]) {
        self.types = types
    }

    /// The types this module produces.
    public static let policyEngine = FindingVocabulary(types: [
        .policy: PolicyFindingType.policyTypes,
        .outputLeak: PolicyFindingType.outputLeakTypes,
    ])

    public func merging(_ other: FindingVocabulary) -> FindingVocabulary {
        FindingVocabulary(types: types.merging(other.types) { $0.union($1) })
    }

    func kinds(declaring type: String) -> [FindingKind] {
        types.filter { $0.value.contains(type) }.map(\.key)
    }
}
