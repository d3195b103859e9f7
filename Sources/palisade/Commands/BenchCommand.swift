import ArgumentParser
import Foundation
import PalisadeAccess
import PalisadeAudit
import PalisadeBench
import PalisadeCore
import PalisadeDetection
import PalisadeGateway
import PalisadeInjection
import PalisadePolicy
import PalisadeTelemetry

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure what Palisade costs: proxy latency and throughput, detectors, injection, admission, policy, telemetry and audit writes.",
        discussion: """
            proxy: starts the simulated model, a gateway in front of it and, if installed, nginx as a plain \
            reverse proxy in front of the same model, and drives each with closed-loop load in one run.
            detection: the full PII + secrets + hidden-content set on realistic 2 KB prompts, per core, \
            plus pathological inputs.
            injection: the classifier on 2 KB segments, one core.
            admission: blocks, rate limits and budgets per request.
            policy: input and output evaluation and the stream guard.
            telemetry: metrics and inventory per exchange.
            audit: events per second the audit log commits (durable and async, full capture) and verifies.

            Quote ratios for the proxy figures: absolute numbers depend on the machine and its load. \
            Measure a release build (swift build -c release).
            """
    )

    enum Suite: String, ExpressibleByArgument, CaseIterable {
        case all, proxy, detection, injection, admission, policy, telemetry, audit
    }

    @Option(help: "What to measure: all, proxy, detection, injection, admission, policy, telemetry or audit.")
    var suite = Suite.all

    @Option(help: "Seconds to measure each proxy configuration.")
    var seconds = 3.0

    @Option(help: "Comma-separated concurrency levels for the proxy benchmark.")
    var concurrency = "1,16,64"

    @Option(help: "nginx executable for the proxy baseline (default: found on the system, skipped if absent).")
    var nginx: String?

    @Option(help: "A palisade.yaml whose settings the measured gateway runs with (audit durability, policy, limits…); its providers, address, data directory and key files are the benchmark's own.")
    var config: String?

    @Flag(help: "Print JSON instead of tables.")
    var json = false

    struct Report: Encodable {
        var proxy: [ProxyBenchmark.Row]?
        var detection: DetectionBenchmark.Report?
        var injection: InjectionBenchmarkReport?
        var admission: [OperationTiming]?
        var policy: [OperationTiming]?
        var telemetry: [OperationTiming]?
        var audit: AuditBenchmark.Figures?
    }

    func run() async throws {
        var report = Report()
        if suite == .all || suite == .detection {
            report.detection = DetectionBenchmark.run()
            if !json { print(Self.describe(report.detection!)) }
        }
        if suite == .all || suite == .injection {
            report.injection = try InjectionBenchmark.run()
            if !json { print(Self.describe(report.injection!)) }
        }
        if suite == .all || suite == .admission {
            report.admission = AccessBenchmark.run()
            if !json { print(Self.describe("Admission checks (per request, one core)", report.admission!)) }
        }
        if suite == .all || suite == .policy {
            report.policy = PolicyBenchmark.run()
            if !json { print(Self.describe("Policy (10 rules and every control, one core)", report.policy!)) }
        }
        if suite == .all || suite == .telemetry {
            report.telemetry = try TelemetryBenchmark.run()
            if !json { print(Self.describe("Telemetry (per exchange, on the request path, one core)", report.telemetry!)) }
        }
        if suite == .all || suite == .audit {
            report.audit = try await AuditBenchmark.run(entries: 20_000, concurrency: 64)
            if !json { print(report.audit!.description + "\n") }
        }
        if suite == .all || suite == .proxy {
            var options = ProxyBenchmark.Options()
            options.duration = .milliseconds(Int(seconds * 1000))
            options.concurrencies = try concurrency.split(separator: ",").map { text in
                guard let level = Int(text.trimmingCharacters(in: .whitespaces)), level > 0 else {
                    throw ValidationError("--concurrency takes positive whole numbers separated by commas, e.g. 1,16,64.")
                }
                return level
            }
            if let nginx { options.nginxExecutable = nginx }
            if let config { options.gateway = try ConfigurationLoader().load(file: config) }
            // The gateway logs as it would in production: its log handler runs on every request.
            let logger = LogSetup.bootstrap(level: "error", format: (options.gateway ?? GatewayConfiguration()).logFormat)
            report.proxy = try await ProxyBenchmark(options: options).run(logger: logger)
            if !json { print("Proxy\n" + BenchmarkTable.render(report.proxy!)) }
        }
        if json { try JSONOutput.print(report) }
    }

    private static func describe(_ report: DetectionBenchmark.Report) -> String {
        var lines = [
            "Detection (PII + secrets + hidden content, one core)",
            String(format: "  %.1f MB/s on realistic prompts, %.1f µs per 2 KB prompt", report.mbPerS, report.microsecondsPer2KBPrompt),
        ]
        let width = report.parts.map(\.name.count).max() ?? 0
        for part in report.parts {
            lines.append("  " + part.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %6.1f µs per 2 KB prompt alone", part.microsecondsPer2KBPrompt))
        }
        for result in report.adversarial {
            lines.append(String(format: "  adversarial %@: %.1f ms per MB", result.name as NSString, result.msPerMB))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ title: String, _ timings: [OperationTiming]) -> String {
        let width = timings.map(\.name.count).max() ?? 0
        let lines = timings.map { timing in
            "  " + timing.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %8.2f µs", timing.nanosecondsPerOperation / 1_000)
        }
        return ([title] + lines).joined(separator: "\n") + "\n"
    }

    private static func describe(_ report: InjectionBenchmarkReport) -> String {
        String(
            format: "Injection classifier (one core, %d-byte segments)\n  wall clock p50 %.3f ms, p99 %.3f ms; CPU time p50 %.3f ms, p99 %.3f ms; model %d bytes, loaded in %.1f ms\n",
            report.segmentBytes, report.latencyMs.p50, report.latencyMs.p99, report.cpuMs.p50, report.cpuMs.p99, report.modelBytes, report.loadMs
        )
    }
}
