import Foundation

/// What Palisade remembers of every request, successful or not: the basis of inventory,
/// usage accounting and investigation.
public struct ExchangeRecord: Sendable, Hashable, Codable, Identifiable {
    public var id: String
    public var startedAt: Date
    public var applicationID: String?
    public var keyID: String?
    public var endUser: String?
    public var session: String?
    public var clientIP: String?
    public var provider: Provider?
    public var operation: APIOperation?
    public var model: String?
    public var stream: Bool
    public var status: Int
    /// A stable code for errors Palisade produced itself (`invalid_json`, `upstream_timeout`).
    public var errorCode: String?
    public var usage: TokenUsage
    public var latencyMs: Double
    /// Time from receiving the request to sending the first byte of a streamed answer.
    public var timeToFirstTokenMs: Double?
    public var findings: [Finding]
    /// What the application's policy decided on the request and on the answer. Kept with the
    /// audit event; the operational store keeps only the findings.
    public var decisions: [PolicyDecision]

    public init(
        id: String,
        startedAt: Date,
        applicationID: String? = nil,
        keyID: String? = nil,
        endUser: String? = nil,
        session: String? = nil,
        clientIP: String? = nil,
        provider: Provider? = nil,
        operation: APIOperation? = nil,
        model: String? = nil,
        stream: Bool = false,
        status: Int,
        errorCode: String? = nil,
        usage: TokenUsage = TokenUsage(),
        latencyMs: Double,
        timeToFirstTokenMs: Double? = nil,
        findings: [Finding] = [],
        decisions: [PolicyDecision] = []
    ) {
        self.id = id
        self.startedAt = startedAt
        self.applicationID = applicationID
        self.keyID = keyID
        self.endUser = endUser
        self.session = session
        self.clientIP = clientIP
        self.provider = provider
        self.operation = operation
        self.model = model
        self.stream = stream
        self.status = status
        self.errorCode = errorCode
        self.usage = usage
        self.latencyMs = latencyMs
        self.timeToFirstTokenMs = timeToFirstTokenMs
        self.findings = findings
        self.decisions = decisions
    }
}
