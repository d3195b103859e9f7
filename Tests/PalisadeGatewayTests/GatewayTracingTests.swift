import Foundation
import PalisadeBench
import PalisadeGateway
import Testing

/// Spans reach a real OTLP/HTTP receiver through swift-otel's exporter, shaped after the GenAI
/// conventions, and continue the caller's W3C trace.
@Suite struct GatewayTracingTests {
    private let callerTraceID = "4bf92f3577b34da6a3ce929d0e0e4736"
    private let callerSpanID = "00f067aa0ba902b7"

    @Test func anExchangeIsTracedUnderTheCallersTraceWithGuardrailFindings() async throws {
        let collector = CollectingReceiver()
        let upstream = RecordingUpstream()
        try await collector.run { collectorPort in
            try await upstream.run { upstreamPort in
                try await GatewayFixture.run(configure: { configuration, _ in
                    configuration.providers["openai"]?.baseURL = "http://127.0.0.1:\(upstreamPort)/v1"
                    configuration.tracing.otlpEndpoint = "http://127.0.0.1:\(collectorPort)/v1/traces"
                    configuration.tracing.otlpProtocol = .json
                }) { gateway in
                    let body = #"{"model":"sim-gpt","messages":[{"role":"user","content":"Mail jane.doe@example.org the summary"}]}"#
                    let reply = try await gateway.send(
                        "/v1/chat/completions", body: body,
                        headers: [("traceparent", "00-\(callerTraceID)-\(callerSpanID)-01"), ("x-palisade-session", "s-42")]
                    )
                    #expect(reply.status == 200)
                }
            }
        }
        #expect(upstream.lastTraceparent?.contains(callerTraceID) == true)

        let spans = try collector.deliveries.filter { $0.path == "/v1/traces" }.flatMap { try OTLPSpan.spans(in: $0.body) }
        let exchange = try #require(spans.first { $0.kind == 2 })
        #expect(exchange.traceID == callerTraceID)
        #expect(exchange.parentSpanID == callerSpanID)
        #expect(exchange.name == "chat sim-gpt")
        #expect(exchange.attributes["gen_ai.operation.name"] == "chat")
        #expect(exchange.attributes["gen_ai.provider.name"] == "openai")
        #expect(exchange.attributes["gen_ai.request.model"] == "sim-gpt")
        #expect(exchange.attributes["gen_ai.conversation.id"] == "s-42")
        #expect(Int(exchange.attributes["gen_ai.usage.input_tokens"] ?? "") ?? 0 > 0)

        let call = try #require(spans.first { $0.kind == 3 })
        #expect(call.parentSpanID == exchange.spanID)
        #expect(upstream.lastTraceparent?.contains(call.spanID) == true)

        let guardrail = try #require(spans.first { $0.name == "apply_guardrail Palisade llm_input" })
        #expect(guardrail.parentSpanID == exchange.spanID)
        #expect(guardrail.attributes["gen_ai.security.target.type"] == "llm_input")
        let finding = try #require(guardrail.events.first { $0.name == "gen_ai.security.finding" })
        #expect(finding.attributes["gen_ai.security.risk.category"] == "pii")
        #expect(finding.attributes["gen_ai.security.risk.type"] == "EMAIL")
        #expect(!String(decoding: try JSONSerialization.data(withJSONObject: finding.attributes), as: UTF8.self).contains("jane.doe"))
    }
}

/// The parts of an OTLP/JSON span the tests look at; ids are read as hex whether the exporter
/// wrote them as hex (as OTLP/JSON asks) or as base64 (plain proto3 JSON).
struct OTLPSpan {
    struct Event {
        var name: String
        var attributes: [String: String]
    }

    var name: String
    var kind: Int
    var traceID: String
    var spanID: String
    var parentSpanID: String?
    var attributes: [String: String]
    var events: [Event]

    static func spans(in body: Data) throws -> [OTLPSpan] {
        let root = try JSONSerialization.jsonObject(with: body) as? [String: Any] ?? [:]
        var spans: [OTLPSpan] = []
        for resource in root["resourceSpans"] as? [[String: Any]] ?? [] {
            for scope in resource["scopeSpans"] as? [[String: Any]] ?? [] {
                for span in scope["spans"] as? [[String: Any]] ?? [] {
                    spans.append(OTLPSpan(
                        name: span["name"] as? String ?? "",
                        kind: kind(span["kind"]),
                        traceID: hex(span["traceId"]) ?? "",
                        spanID: hex(span["spanId"]) ?? "",
                        parentSpanID: hex(span["parentSpanId"]),
                        attributes: attributes(span["attributes"]),
                        events: (span["events"] as? [[String: Any]] ?? []).map { Event(name: $0["name"] as? String ?? "", attributes: attributes($0["attributes"])) }
                    ))
                }
            }
        }
        return spans
    }

    private static func kind(_ value: Any?) -> Int {
        if let number = value as? Int { return number }
        switch value as? String {
        case "SPAN_KIND_INTERNAL": return 1
        case "SPAN_KIND_SERVER": return 2
        case "SPAN_KIND_CLIENT": return 3
        default: return 0
        }
    }

    private static func hex(_ value: Any?) -> String? {
        guard let text = value as? String, !text.isEmpty else { return nil }
        if text.allSatisfy(\.isHexDigit), text.count == 16 || text.count == 32 { return text.lowercased() }
        guard let bytes = Data(base64Encoded: text) else { return text }
        return bytes.map { String(format: "%02x", $0) }.joined()
    }

    private static func attributes(_ value: Any?) -> [String: String] {
        var result: [String: String] = [:]
        for attribute in value as? [[String: Any]] ?? [] {
            guard let key = attribute["key"] as? String, let value = attribute["value"] as? [String: Any], let first = value.values.first else { continue }
            result[key] = "\(first)"
        }
        return result
    }
}
