import Foundation
import PalisadeCore

/// Measures what observing one exchange costs on the request path: the metric updates and the
/// inventory update, each alone and together. Persistence is not measured: it runs off the path.
public enum TelemetryBenchmark {
    /// Nanoseconds per observed exchange for each measurement, over `iterations` exchanges that
    /// cycle through realistic variety (models, end users, tools, findings).
    public static func run(iterations: Int = 100_000) throws -> [OperationTiming] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("palisade-telemetry-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let exchanges = sampleExchanges()

        let metrics = GatewayMetrics()
        let inventory = try InventoryTracker(directory: directory.path)
        let combinedMetrics = GatewayMetrics()
        let combinedInventory = try InventoryTracker(path: directory.appendingPathComponent("combined.sqlite").path)

        return [
            .measure("metrics", iterations: iterations) { metrics.observe(exchanges[$0 % exchanges.count]) },
            .measure("inventory", iterations: iterations) { inventory.observe(exchanges[$0 % exchanges.count]) },
            .measure("metrics+inventory", iterations: iterations) { index in
                let exchange = exchanges[index % exchanges.count]
                combinedMetrics.observe(exchange)
                combinedInventory.observe(exchange)
            },
        ]
    }

    private static func sampleExchanges() -> [ObservedExchange] {
        let start = Date()
        return (0..<1_024).map { index in
            var findings: [Finding] = []
            if index % 4 == 0 {
                findings.append(Finding(kind: .pii, type: "EMAIL", severity: .medium, confidence: 0.9, utf8Range: 0..<10, evidence: "<EMAIL>", direction: .input))
            }
            if index % 50 == 0 {
                findings.append(Finding(kind: .injection, type: "INSTRUCTION_OVERRIDE", severity: .high, confidence: 0.8, utf8Range: 0..<20, evidence: "ignore …", direction: .input))
            }
            let record = ExchangeRecord(
                id: "ex_\(index)",
                startedAt: start.addingTimeInterval(Double(index)),
                applicationID: "app_\(index % 5)",
                keyID: "key_\(index % 10)",
                endUser: "user-\(index % 1_000)",
                clientIP: "10.0.\(index % 4).\(index % 250)",
                provider: index % 3 == 0 ? .anthropic : .openai,
                operation: index % 3 == 0 ? .messages : .chatCompletions,
                model: "model-\(index % 20)",
                stream: index % 2 == 0,
                status: index % 97 == 0 ? 502 : 200,
                errorCode: index % 97 == 0 ? "upstream_unavailable" : nil,
                usage: TokenUsage(input: 120 + index % 50, output: 300 + index % 70),
                latencyMs: 200 + Double(index % 800),
                timeToFirstTokenMs: index % 2 == 0 ? 80 + Double(index % 100) : nil,
                findings: findings
            )
            return ObservedExchange(
                record: record,
                applicationName: "application-\(index % 5)",
                providerEndpoint: index % 3 == 0 ? "anthropic" : "openai",
                declaredTools: index % 3 == 0 ? ["search", "lookup_order"] : [],
                calledTools: index % 6 == 0 ? ["search"] : [],
                systemPrompt: "You are assistant number \(index % 8).",
                costUSD: 0.0012,
                policy: PolicyOutcome(mode: .enforce, actions: [.pii: .redact, .injection: .block])
            )
        }
    }
}
