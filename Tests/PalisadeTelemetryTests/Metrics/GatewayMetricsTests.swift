import PalisadeCore
import PalisadeTelemetry
import Testing

@Suite struct GatewayMetricsTests {
    /// The value of the sample whose line starts with `prefix` (name and labels), if any.
    private func sample(_ text: String, _ prefix: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(prefix + " ") }.flatMap { Double($0.split(separator: " ").last!) }
    }

    @Test func requestsTokensAndCostAppearInPrometheusText() {
        let metrics = GatewayMetrics()
        metrics.observe(observed(usage: TokenUsage(input: 100, output: 40), costUSD: 0.25))
        metrics.observe(observed(status: 502, usage: TokenUsage(input: 10, output: 0), costUSD: 0.5))

        let text = metrics.prometheusText()
        #expect(text.contains("# TYPE palisade_requests_total counter"))
        #expect(sample(text, #"palisade_requests_total{application="support-bot",provider="openai-prod",model="gpt-4o-mini",status_class="2xx"}"#) == 1)
        #expect(sample(text, #"palisade_requests_total{application="support-bot",provider="openai-prod",model="gpt-4o-mini",status_class="5xx"}"#) == 1)
        #expect(sample(text, #"palisade_tokens_total{application="support-bot",provider="openai-prod",model="gpt-4o-mini",direction="input"}"#) == 110)
        #expect(sample(text, #"palisade_tokens_total{application="support-bot",provider="openai-prod",model="gpt-4o-mini",direction="output"}"#) == 40)
        #expect(sample(text, #"palisade_cost_usd_total{application="support-bot",provider="openai-prod",model="gpt-4o-mini"}"#) == 0.75)
        #expect(sample(text, #"palisade_upstream_errors_total{code="http_502"}"#) == 1)
    }

    @Test func durationsAreHistogramsInSeconds() {
        let metrics = GatewayMetrics()
        metrics.observe(observed(latencyMs: 300, timeToFirstTokenMs: 40))
        let text = metrics.prometheusText()
        #expect(text.contains("# TYPE palisade_request_duration_seconds histogram"))
        #expect(sample(text, #"palisade_request_duration_seconds_bucket{application="support-bot",provider="openai-prod",le="0.25"}"#) == 0)
        #expect(sample(text, #"palisade_request_duration_seconds_bucket{application="support-bot",provider="openai-prod",le="0.5"}"#) == 1)
        #expect(sample(text, #"palisade_request_duration_seconds_sum{application="support-bot",provider="openai-prod"}"#) == 0.3)
        #expect(sample(text, #"palisade_time_to_first_token_seconds_bucket{application="support-bot",provider="openai-prod",le="0.05"}"#) == 1)
    }

    @Test func findingsAndDecisionsCarryThePolicyAction() {
        let metrics = GatewayMetrics()
        let policy = PolicyOutcome(mode: .monitor, actions: [.injection: .block, .pii: .redact])
        metrics.observe(observed(findings: [finding(.injection, "OVERRIDE"), finding(.pii, "EMAIL"), finding(.pii, "PHONE")], policy: policy))
        metrics.observe(observed(rateLimitRefusal: .endUser))

        let text = metrics.prometheusText()
        #expect(sample(text, #"palisade_findings_total{kind="injection",action="block"}"#) == 1)
        #expect(sample(text, #"palisade_findings_total{kind="pii",action="redact"}"#) == 2)
        #expect(sample(text, #"palisade_decisions_total{action="block",mode="monitor"}"#) == 1)
        #expect(sample(text, #"palisade_decisions_total{action="allow",mode="off"}"#) == 1)
        #expect(sample(text, #"palisade_rate_limit_refusals_total{scope="end_user"}"#) == 1)
    }

    @Test func modelsBeyondTheCapShareOneSeriesAndNamesAreSanitised() {
        let metrics = GatewayMetrics(modelLimit: 3)
        for index in 0..<10 {
            metrics.observe(observed(model: "model-\(index)"))
        }
        metrics.observe(observed(model: "evil\"} 1\nfake_metric{a=\"b"))

        let text = metrics.prometheusText()
        let modelSeries = text.split(separator: "\n").filter { $0.hasPrefix("palisade_requests_total{") }
        #expect(modelSeries.count == 4)
        #expect(sample(text, #"palisade_requests_total{application="support-bot",provider="openai-prod",model="other",status_class="2xx"}"#) == 8)
        #expect(!text.contains("fake_metric"))
    }

    @Test func sanitisedModelNamesKeepOnlySafeCharacters() {
        let metrics = GatewayMetrics()
        metrics.observe(observed(model: "anthropic/claude 3.5 \"sonnet\""))
        #expect(metrics.prometheusText().contains(#"model="anthropic/claude_3.5__sonnet_""#))
    }

    @Test func siemDropsAndAuditFailuresAreCounted() {
        let metrics = GatewayMetrics()
        metrics.recordSIEMEventsDropped(sink: .webhook, count: 3)
        metrics.recordAuditWriteFailure()
        metrics.recordAuditWriteFailure()
        let text = metrics.prometheusText()
        #expect(sample(text, #"palisade_siem_events_dropped_total{sink="webhook"}"#) == 3)
        #expect(sample(text, "palisade_audit_write_failures_total") == 2)
    }
}
