import CoreMetrics
import PalisadeCore
import Prometheus
import Synchronization

/// The gateway's Prometheus metrics, recorded through swift-metrics into a registry of its own.
///
/// Every label takes its values from a bounded set: closed enums, status classes, or names
/// passed through a `CappedLabelValues` (the first 100 applications and models, then `other`),
/// so a caller choosing model names cannot explode the number of series.
public final class GatewayMetrics: Sendable {
    private let registry: PrometheusCollectorRegistry
    private let series: MetricSeriesCache
    private let applications: CappedLabelValues
    private let models: CappedLabelValues
    private let providers: CappedLabelValues
    private let errorCodes: CappedLabelValues
    private let findings: [FindingKind: [PolicyAction: CoreMetrics.Counter]]
    /// By the policy's mode, `off` for applications without a policy.
    private let decisions: [String: [PolicyAction: CoreMetrics.Counter]]
    /// Series of the requests of one application, provider, model and status class, by the raw
    /// values the exchange carries: one lookup per request instead of one per series.
    private let routes = Mutex<[RouteKey: RouteSeries]>([:])
    private static let routeCacheLimit = 10_000

    private struct RouteKey: Hashable {
        var application: String
        var provider: String?
        var model: String?
        var statusClass: String
    }

    private struct RouteSeries {
        var requests: CoreMetrics.Counter
        var duration: CoreMetrics.Timer
        var firstToken: CoreMetrics.Timer
        var inputTokens: CoreMetrics.Counter
        var outputTokens: CoreMetrics.Counter
        var cost: CoreMetrics.FloatingPointCounter
    }

    /// - Parameters:
    ///   - registry: where the series live; `prometheusText()` renders it.
    ///   - applicationLimit: distinct applications labelled by name before the rest read `other`.
    ///   - modelLimit: distinct models labelled by name before the rest read `other`.
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(), applicationLimit: Int = 100, modelLimit: Int = 100) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets = [
            Name.requestDuration: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120].map(Duration.seconds),
            Name.timeToFirstToken: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10].map(Duration.seconds),
        ]
        let series = MetricSeriesCache(factory: factory)
        self.series = series
        applications = CappedLabelValues(limit: applicationLimit)
        models = CappedLabelValues(limit: modelLimit)
        providers = CappedLabelValues(limit: 50)
        errorCodes = CappedLabelValues(limit: 50)
        // Closed sets, made up front so that every combination reads 0 rather than missing.
        findings = Dictionary(uniqueKeysWithValues: FindingKind.allCases.map { kind in
            (kind, Dictionary(uniqueKeysWithValues: PolicyAction.allCases.map { action in
                (action, series.counter(Name.findings, ["kind": kind.rawValue, "action": action.rawValue]))
            }))
        })
        decisions = Dictionary(uniqueKeysWithValues: (PolicyMode.allCases.map(\.rawValue) + [Self.noPolicy]).map { mode in
            (mode, Dictionary(uniqueKeysWithValues: PolicyAction.allCases.map { action in
                (action, series.counter(Name.decisions, ["action": action.rawValue, "mode": mode]))
            }))
        })
    }

    private static let noPolicy = "off"

    enum Name {
        static let requests = "palisade_requests_total"
        static let requestDuration = "palisade_request_duration_seconds"
        static let timeToFirstToken = "palisade_time_to_first_token_seconds"
        static let tokens = "palisade_tokens_total"
        static let cost = "palisade_cost_usd_total"
        static let findings = "palisade_findings_total"
        static let decisions = "palisade_decisions_total"
        static let upstreamErrors = "palisade_upstream_errors_total"
        static let rateLimitRefusals = "palisade_rate_limit_refusals_total"
        static let siemEventsDropped = "palisade_siem_events_dropped_total"
        static let auditWriteFailures = "palisade_audit_write_failures_total"
        static let secondOpinions = "palisade_injection_second_opinions_total"
        static let secondOpinionTokens = "palisade_injection_second_opinion_tokens_total"
    }

    public func observe(_ exchange: ObservedExchange) {
        let record = exchange.record
        let route = routeSeries(for: RouteKey(
            application: exchange.applicationName,
            provider: exchange.providerEndpoint ?? record.provider?.rawValue,
            model: record.model,
            statusClass: StatusClass.of(record.status)
        ))
        route.requests.increment()
        route.duration.recordNanoseconds(Int64(record.latencyMs * 1_000_000))
        if let firstToken = record.timeToFirstTokenMs {
            route.firstToken.recordNanoseconds(Int64(firstToken * 1_000_000))
        }
        if record.usage.input > 0 { route.inputTokens.increment(by: record.usage.input) }
        if record.usage.output > 0 { route.outputTokens.increment(by: record.usage.output) }
        if exchange.costUSD > 0 { route.cost.increment(by: exchange.costUSD) }
        for finding in record.findings {
            findings[finding.kind]?[exchange.policy.action(for: finding.kind)]?.increment()
        }
        decisions[exchange.policy.mode?.rawValue ?? Self.noPolicy]?[exchange.policy.decision(for: record.findings)]?.increment()
        if let code = Self.upstreamErrorCode(of: record) {
            series.counter(Name.upstreamErrors, ["code": errorCodes.value(for: code)]).increment()
        }
        if let scope = exchange.rateLimitRefusal {
            series.counter(Name.rateLimitRefusals, ["scope": scope.rawValue]).increment()
        }
    }

    private func routeSeries(for key: RouteKey) -> RouteSeries {
        if let known = routes.withLock({ $0[key] }) { return known }
        let application = applications.value(for: key.application)
        let provider = providers.value(for: key.provider)
        let model = models.value(for: key.model)
        let made = RouteSeries(
            requests: series.counter(Name.requests, ["application": application, "provider": provider, "model": model, "status_class": key.statusClass]),
            duration: series.timer(Name.requestDuration, ["application": application, "provider": provider]),
            firstToken: series.timer(Name.timeToFirstToken, ["application": application, "provider": provider]),
            inputTokens: series.counter(Name.tokens, ["application": application, "provider": provider, "model": model, "direction": "input"]),
            outputTokens: series.counter(Name.tokens, ["application": application, "provider": provider, "model": model, "direction": "output"]),
            cost: series.floatingCounter(Name.cost, ["application": application, "provider": provider, "model": model])
        )
        // Raw model names are the caller's choice: past the limit, series are looked up each time
        // rather than cached, so the cache stays bounded too.
        routes.withLock { routes in
            if routes.count < Self.routeCacheLimit { routes[key] = made }
        }
        return made
    }

    /// One question to the injection judge and what it cost, so its spending can be watched.
    public func recordSecondOpinion(_ outcome: SecondOpinionOutcome, inputTokens: Int = 0, outputTokens: Int = 0) {
        series.counter(Name.secondOpinions, ["outcome": outcome.rawValue]).increment()
        if inputTokens > 0 { series.counter(Name.secondOpinionTokens, ["direction": "input"]).increment(by: inputTokens) }
        if outputTokens > 0 { series.counter(Name.secondOpinionTokens, ["direction": "output"]).increment(by: outputTokens) }
    }

    /// Events a SIEM sink gave up on (backlog full or retries exhausted).
    public func recordSIEMEventsDropped(sink: SIEMSinkKind, count: Int) {
        series.counter(Name.siemEventsDropped, ["sink": sink.rawValue]).increment(by: count)
    }

    /// An audit record that could not be written.
    public func recordAuditWriteFailure() {
        series.counter(Name.auditWriteFailures, [:]).increment()
    }

    /// The Prometheus text exposition of every series, for `GET /metrics`.
    public func prometheusText() -> String {
        registry.emitToString()
    }

    /// Errors that came from (or waiting on) the upstream provider: Palisade's own `upstream_*`
    /// codes, or a bare 5xx the provider returned.
    private static func upstreamErrorCode(of record: ExchangeRecord) -> String? {
        if let code = record.errorCode {
            return code.hasPrefix("upstream") ? code : nil
        }
        return (500..<600).contains(record.status) ? "http_\(record.status)" : nil
    }
}
