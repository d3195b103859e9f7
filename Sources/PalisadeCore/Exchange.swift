/// A provider request decoded into one provider-neutral shape. Detectors, policies and records
/// work on this; the original body is still what gets forwarded, so unknown fields survive.
public struct Exchange: Sendable, Hashable {
    public var operation: APIOperation
    public var model: String?
    public var stream: Bool
    /// The end user named in the body (OpenAI `user`, Anthropic `metadata.user_id`).
    public var endUser: String?
    public var maxTokens: Int?
    /// Every text the request carries, in order, each with its author's role.
    public var segments: [Segment]
    /// Names of the tools the caller declares to the model.
    public var declaredTools: [String]
    /// Tool calls already present in the conversation (earlier assistant turns).
    public var toolCalls: [ToolCall]

    public init(
        operation: APIOperation,
        model: String? = nil,
        stream: Bool = false,
        endUser: String? = nil,
        maxTokens: Int? = nil,
        segments: [Segment] = [],
        declaredTools: [String] = [],
        toolCalls: [ToolCall] = []
    ) {
        self.operation = operation
        self.model = model
        self.stream = stream
        self.endUser = endUser
        self.maxTokens = maxTokens
        self.segments = segments
        self.declaredTools = declaredTools
        self.toolCalls = toolCalls
    }

    public var provider: Provider { operation.provider }

    /// The system prompt(s), joined; used for fingerprints and leak detection.
    public var systemPrompt: String? {
        let parts = segments.filter { $0.role == .system }.map(\.text)
        return parts.isEmpty ? nil : parts.joined(separator: "\n")
    }
}
