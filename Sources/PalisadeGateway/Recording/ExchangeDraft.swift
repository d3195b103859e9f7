import Foundation
import HTTPTypes
import PalisadeAudit
import PalisadeCore
import PalisadeProviders
import PalisadeStore
import PalisadeTelemetry

/// The record of one request as it is filled in along the request's path; every exit, error or
/// success, finishes and records it.
struct ExchangeDraft: Sendable {
    private(set) var record: ExchangeRecord
    private let started = ContinuousClock.now
    private(set) var estimatedInputTokens = 0
    private(set) var applicationName: String?
    /// The bodies as the application sent and received them and as the provider saw them; the
    /// audit log keeps what the application's capture mode allows.
    var payloads = AuditPayloads()
    var capture = AuditCapture.masked
    var durability = AuditDurability.durable
    /// Settled when the exchange completes: tokens charged, concurrency released, cost known.
    var admission: Admission?
    /// The limit that refused the request at admission, if one did.
    var refusedBy: RefusingLimit?
    private var endUserVerified = false
    /// What the inventory learns from the request: tools, the system prompt, the provider.
    private(set) var declaredTools: [String] = []
    private(set) var calledTools: [String] = []
    private(set) var systemPrompt: String?
    var providerEndpoint: String?

    static let userHeader = HTTPField.Name("X-Palisade-User")!
    static let sessionHeader = HTTPField.Name("X-Palisade-Session")!
    static let requestIDHeader = HTTPField.Name("X-Palisade-Request-Id")!

    init(operation: APIOperation, headers: HTTPFields, clientIP: String?) {
        record = ExchangeRecord(
            id: Identifier.make(prefix: "ex_"),
            startedAt: Date(),
            endUser: headers[Self.userHeader],
            session: headers[Self.sessionHeader],
            clientIP: clientIP,
            provider: operation.provider,
            operation: operation,
            status: 0,
            latencyMs: 0
        )
    }

    var id: String { record.id }

    mutating func identify(_ identity: CallerIdentity) {
        record.applicationID = identity.application.id
        record.keyID = identity.key.id
        applicationName = identity.application.name
    }

    /// The end user named by a verified identity-provider token wins over every other source.
    mutating func identifyEndUser(_ user: String) {
        record.endUser = user
        endUserVerified = true
    }

    mutating func decide(_ decision: PolicyDecision) {
        record.decisions.append(decision)
    }

    /// The `X-Palisade-User` header wins over the body's user field: the application's backend
    /// sets it for Palisade, while the body field may be whatever the SDK was given.
    mutating func describe(_ exchange: Exchange) {
        record.model = exchange.model
        record.stream = exchange.stream
        declaredTools = exchange.declaredTools
        calledTools = exchange.toolCalls.map(\.name)
        systemPrompt = exchange.systemPrompt
        if !endUserVerified { record.endUser = record.endUser ?? exchange.endUser }
        estimatedInputTokens = TokenEstimator.estimate(exchange.segments.map(\.text))
    }

    /// Usage as the provider reported it, or Palisade's estimate from the texts when it did not.
    mutating func account(reported: TokenUsage?, outputTexts: [String]) {
        if let reported {
            record.usage = reported
        } else {
            record.usage = TokenUsage(input: estimatedInputTokens, output: TokenEstimator.estimate(outputTexts), estimated: true)
        }
    }

    /// The conversation redaction placeholders are scoped to: the session if the caller names
    /// one, else the end user, else one shared conversation per application.
    var conversationID: String { record.session ?? record.endUser.map { "user:" + $0 } ?? "application" }

    mutating func add(_ findings: [Finding]) {
        record.findings.append(contentsOf: findings)
    }

    mutating func markFirstToken() {
        guard record.timeToFirstTokenMs == nil else { return }
        record.timeToFirstTokenMs = elapsedMilliseconds
    }

    mutating func finish(status: Int, errorCode: String? = nil) {
        record.status = status
        record.errorCode = errorCode
        record.latencyMs = elapsedMilliseconds
    }

    private var elapsedMilliseconds: Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }
}
