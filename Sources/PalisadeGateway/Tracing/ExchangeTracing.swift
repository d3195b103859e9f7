import HTTPTypes
import PalisadeCore
import Tracing

/// Spans for one exchange, named and attributed after the OpenTelemetry GenAI semantic
/// conventions (see `GenAIAttributes` for the pinned versions).
///
/// The exchange span is a server span that continues the caller's W3C trace context; the
/// upstream call is its client child and carries the context on to the provider; each
/// inspection is an `apply_guardrail` child with one `gen_ai.security.finding` event per finding.
/// The tracer is injected rather than taken from the global bootstrap so that tests and
/// embedders can run several gateways, each with its own exporter, in one process. Attributes
/// and finding events are built only for spans that record: with tracing off (the default)
/// they cost about 1.5 % of the gateway's CPU for nothing.
struct ExchangeTracing: Sendable {
    let tracer: any Tracer

    init(tracer: any Tracer) {
        self.tracer = tracer
    }

    /// Starts the exchange's span under the caller's `traceparent`, if it sent one.
    func startExchange(operation: APIOperation, headers: HTTPFields, exchangeID: String) -> any Span {
        var context = InstrumentationContext.topLevel
        tracer.extract(headers, into: &context, using: HTTPFieldsExtractor())
        let span = tracer.startAnySpan(GenAIAttributes.operationName(operation), context: context, ofKind: .server)
        guard span.isRecording else { return span }
        span.attributes["gen_ai.operation.name"] = GenAIAttributes.operationName(operation)
        span.attributes["gen_ai.provider.name"] = operation.provider.rawValue
        span.attributes["palisade.exchange.id"] = exchangeID
        return span
    }

    /// The upstream call's span, and the headers that carry its context to the provider.
    /// `host` is worked out only for a span that records (parsing the URL showed in profiles).
    func startUpstream(
        under parent: any Span, endpointName: String, host: @autoclosure () -> String?, model: String?, operation: APIOperation
    ) -> (span: any Span, propagation: [(String, String)]) {
        let name = [GenAIAttributes.operationName(operation), model].compactMap { $0 }.joined(separator: " ")
        let span = tracer.startAnySpan(name, context: parent.context, ofKind: .client)
        if span.isRecording {
            span.attributes["gen_ai.operation.name"] = GenAIAttributes.operationName(operation)
            span.attributes["gen_ai.provider.name"] = operation.provider.rawValue
            span.attributes["gen_ai.request.model"] = model
            span.attributes["server.address"] = host()
            span.attributes["palisade.provider.endpoint"] = endpointName
        }
        var propagation: [(String, String)] = []
        tracer.inject(span.context, into: &propagation, using: PairsInjector())
        return (span, propagation)
    }

    /// One inspection pass, already done, as an `apply_guardrail` span with its findings.
    func recordGuardrail(
        under parent: any Span,
        target: GuardrailTarget,
        findings: [Finding],
        decision: GuardrailDecision,
        reason: String?,
        policyVersion: String?,
        duration: Duration
    ) {
        let end = DefaultTracerClock.now
        let elapsed = UInt64(max(0, duration.components.seconds)) * 1_000_000_000 + UInt64(max(0, duration.components.attoseconds) / 1_000_000_000)
        let start = DefaultTracerClock.Instant(nanosecondsSinceEpoch: end.nanosecondsSinceEpoch - elapsed)
        let span = tracer.startSpan("apply_guardrail Palisade \(target.rawValue)", context: parent.context, ofKind: .internal, at: start)
        guard span.isRecording else { return span.end(at: end) }
        span.attributes["gen_ai.operation.name"] = "apply_guardrail"
        span.attributes["gen_ai.guardian.name"] = "Palisade"
        span.attributes["gen_ai.security.target.type"] = target.rawValue
        span.attributes["gen_ai.security.decision.type"] = decision.rawValue
        span.attributes["gen_ai.security.decision.reason"] = reason
        span.attributes["gen_ai.security.policy.version"] = policyVersion
        for finding in findings {
            span.addEvent(SpanEvent(name: "gen_ai.security.finding", attributes: GenAIAttributes.finding(finding)))
        }
        span.end(at: end)
    }

    /// Final attributes of the exchange span from its record, then ends it.
    func finish(_ span: any Span, record: ExchangeRecord, responseModel: String?) {
        guard span.isRecording else { return span.end() }
        span.attributes["gen_ai.request.model"] = record.model
        span.attributes["gen_ai.response.model"] = responseModel
        span.attributes["gen_ai.usage.input_tokens"] = record.usage.input
        span.attributes["gen_ai.usage.output_tokens"] = record.usage.output
        span.attributes["gen_ai.conversation.id"] = record.session
        span.attributes["http.response.status_code"] = record.status
        span.attributes["palisade.application.id"] = record.applicationID
        span.attributes["palisade.findings.count"] = record.findings.count
        if let model = record.model {
            span.operationName = "\(GenAIAttributes.operationName(record.operation ?? .chatCompletions)) \(model)"
        }
        if let code = record.errorCode {
            span.attributes["error.type"] = code
            span.setStatus(SpanStatus(code: .error, message: code))
        }
        span.end()
    }
}

/// What an inspection looked at, as the guardrail conventions name it.
enum GuardrailTarget: String, Sendable {
    case input = "llm_input"
    case output = "llm_output"
}

/// What an inspection decided, as the guardrail conventions name it.
enum GuardrailDecision: String, Sendable {
    case allow
    /// Recorded, not enforced: a flag, or any decision in monitor mode.
    case audit
    case modify
    case deny
}

/// Attribute names and values from the conventions Palisade follows:
/// - GenAI client spans: OpenTelemetry semantic conventions v1.37.0 (`gen_ai.provider.name`,
///   `gen_ai.request.model`, `gen_ai.usage.*`).
/// - Guardrail span and finding event: the Security Guardian proposal
///   (open-telemetry/semantic-conventions PR #3233: `apply_guardrail`,
///   `gen_ai.security.finding`), still in development, so names may change.
enum GenAIAttributes {
    static func operationName(_ operation: APIOperation) -> String {
        switch operation {
        case .chatCompletions, .messages, .responses: "chat"
        case .completions: "text_completion"
        case .embeddings: "embeddings"
        case .models: "list_models"
        case .countTokens: "count_tokens"
        }
    }

    /// Never the finding's text: only its classification and the already-masked location.
    static func finding(_ finding: Finding) -> SpanAttributes {
        var attributes = SpanAttributes()
        attributes["gen_ai.security.risk.category"] = finding.kind.rawValue
        attributes["gen_ai.security.risk.type"] = finding.type
        attributes["gen_ai.security.risk.severity"] = finding.severity.rawValue
        attributes["gen_ai.security.risk.score"] = finding.confidence
        attributes["gen_ai.security.content.role"] = finding.role?.rawValue
        attributes["gen_ai.security.content.path"] = finding.path
        return attributes
    }
}

struct HTTPFieldsExtractor: Extractor {
    func extract(key: String, from carrier: HTTPFields) -> String? {
        HTTPField.Name(key).flatMap { carrier[$0] }
    }
}

struct PairsInjector: Injector {
    func inject(_ value: String, forKey key: String, into carrier: inout [(String, String)]) {
        carrier.append((key, value))
    }
}
