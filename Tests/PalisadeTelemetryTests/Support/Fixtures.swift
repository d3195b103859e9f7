import Foundation
import PalisadeCore
import PalisadeTelemetry

/// A finished exchange with sensible defaults; tests override what they are about.
func observed(
    application: String = "support-bot",
    at date: Date = Date(timeIntervalSince1970: 1_780_000_000),
    model: String? = "gpt-4o-mini",
    status: Int = 200,
    errorCode: String? = nil,
    endUser: String? = "alice@example.com",
    clientIP: String? = "192.0.2.10",
    usage: TokenUsage = TokenUsage(input: 100, output: 50),
    latencyMs: Double = 420,
    timeToFirstTokenMs: Double? = nil,
    findings: [Finding] = [],
    declaredTools: [String] = [],
    calledTools: [String] = [],
    systemPrompt: String? = nil,
    costUSD: Double = 0,
    policy: PolicyOutcome = PolicyOutcome(),
    rateLimitRefusal: RefusingLimit? = nil
) -> ObservedExchange {
    ObservedExchange(
        record: record(
            at: date, model: model, status: status, errorCode: errorCode, endUser: endUser, clientIP: clientIP,
            usage: usage, latencyMs: latencyMs, timeToFirstTokenMs: timeToFirstTokenMs, findings: findings
        ),
        applicationName: application,
        providerEndpoint: "openai-prod",
        declaredTools: declaredTools,
        calledTools: calledTools,
        systemPrompt: systemPrompt,
        costUSD: costUSD,
        policy: policy,
        rateLimitRefusal: rateLimitRefusal
    )
}

func record(
    at date: Date = Date(timeIntervalSince1970: 1_780_000_000),
    model: String? = "gpt-4o-mini",
    status: Int = 200,
    errorCode: String? = nil,
    endUser: String? = "alice@example.com",
    clientIP: String? = "192.0.2.10",
    usage: TokenUsage = TokenUsage(input: 100, output: 50),
    latencyMs: Double = 420,
    timeToFirstTokenMs: Double? = nil,
    findings: [Finding] = []
) -> ExchangeRecord {
    ExchangeRecord(
        id: UUID().uuidString,
        startedAt: date,
        applicationID: "app_1",
        keyID: "key_1",
        endUser: endUser,
        clientIP: clientIP,
        provider: .openai,
        operation: .chatCompletions,
        model: model,
        status: status,
        errorCode: errorCode,
        usage: usage,
        latencyMs: latencyMs,
        timeToFirstTokenMs: timeToFirstTokenMs,
        findings: findings
    )
}

func finding(_ kind: FindingKind, _ type: String, direction: Direction = .input, evidence: String = "[REDACTED]") -> Finding {
    Finding(kind: kind, type: type, severity: .high, confidence: 0.9, utf8Range: 0..<4, evidence: evidence, direction: direction)
}
