import AsyncHTTPClient
import Foundation
import Logging
import PalisadeAudit
import PalisadeCore
import PalisadeTelemetry
import ServiceLifecycle

/// Everything the gateway reports about finished exchanges outside its own stores: Prometheus
/// metrics, the live inventory, and security findings to SIEM sinks as OCSF events. Each is
/// fed in O(1) on the request's task and does its I/O in its own service, so a slow or dead
/// collector never slows traffic.
struct GatewayTelemetry: Sendable {
    let metrics: GatewayMetrics
    let inventory: InventoryTracker
    let siem: [SIEMForwarder]
    private let ocsf = OCSFEncoder()
    private let logger: Logger

    init(configuration: GatewayConfiguration, logger: Logger) throws {
        metrics = GatewayMetrics()
        inventory = try InventoryTracker(directory: configuration.dataDirectory, threatHalfLife: configuration.risk.threatHalfLife)
        var forwarders: [SIEMForwarder] = []
        if let webhook = configuration.siem.webhookURL {
            let token = configuration.siem.webhookTokenVariable.flatMap { ProcessInfo.processInfo.environment[$0] }
            let sink = WebhookSink(client: .shared, url: webhook, bearerToken: token)
            forwarders.append(SIEMForwarder(sink: sink, metrics: metrics, logger: logger))
        }
        if let host = configuration.siem.syslogHost {
            let sink = try SyslogSink(host: host, port: configuration.siem.syslogPort, transport: configuration.siem.syslogTransport)
            forwarders.append(SIEMForwarder(sink: sink, metrics: metrics, logger: logger))
        }
        siem = forwarders
        self.logger = logger
    }

    var services: [any Service] { [inventory] + siem.map { $0 as any Service } }

    func observe(_ draft: ExchangeDraft, costUSD: Double?) {
        let record = draft.record
        let observed = ObservedExchange(
            record: record,
            applicationName: draft.applicationName ?? "unidentified",
            providerEndpoint: draft.providerEndpoint,
            declaredTools: draft.declaredTools,
            calledTools: draft.calledTools,
            systemPrompt: draft.systemPrompt,
            costUSD: costUSD ?? 0,
            policy: Self.outcome(record.decisions),
            rateLimitRefusal: draft.refusedBy
        )
        metrics.observe(observed)
        inventory.observe(observed)
        guard !siem.isEmpty else { return }
        for (index, finding) in record.findings.enumerated() {
            guard let event = try? ocsf.encode(finding, index: index, of: record, applicationName: draft.applicationName) else { continue }
            for forwarder in siem { forwarder.submit(Array(event)) }
        }
    }

    /// The strongest action the policy took per finding kind, for metrics and risk.
    private static func outcome(_ decisions: [PolicyDecision]) -> PolicyOutcome {
        guard let mode = decisions.first?.mode else { return PolicyOutcome() }
        var actions: [FindingKind: PolicyAction] = [:]
        for match in decisions.flatMap(\.matches) {
            guard let kind = match.finding?.kind else { continue }
            actions[kind] = max(actions[kind] ?? .allow, match.action)
        }
        return PolicyOutcome(mode: mode, actions: actions)
    }
}
