import PalisadeCore

/// Everything telemetry learns from one finished exchange. The gateway builds it once the answer
/// has been relayed, so observing never delays the caller.
public struct ObservedExchange: Sendable {
    public var record: ExchangeRecord
    public var applicationName: String
    /// The configured provider endpoint that served the request (`openai-prod`), not its format.
    public var providerEndpoint: String?
    public var declaredTools: [String]
    public var calledTools: [String]
    /// SHA-256 of the system prompt, hex; the prompt itself is never kept.
    public var systemPromptFingerprint: String?
    public var costUSD: Double
    public var policy: PolicyOutcome
    /// Set when the request was refused by a rate limit or budget, naming which one.
    public var rateLimitRefusal: RefusingLimit?

    public init(
        record: ExchangeRecord,
        applicationName: String,
        providerEndpoint: String? = nil,
        declaredTools: [String] = [],
        calledTools: [String] = [],
        systemPrompt: String? = nil,
        costUSD: Double = 0,
        policy: PolicyOutcome = PolicyOutcome(),
        rateLimitRefusal: RefusingLimit? = nil
    ) {
        self.record = record
        self.applicationName = applicationName
        self.providerEndpoint = providerEndpoint
        self.declaredTools = declaredTools
        self.calledTools = calledTools
        self.systemPromptFingerprint = systemPrompt.map { Digest.sha256Hex($0) }
        self.costUSD = costUSD
        self.policy = policy
        self.rateLimitRefusal = rateLimitRefusal
    }
}
