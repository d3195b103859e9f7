import ArgumentParser
import Foundation
import PalisadeBench
import PalisadeGateway

struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure what the gateway adds: latency and throughput against a direct connection and against nginx, in one run.",
        discussion: """
            Starts the simulated model, a gateway in front of it and, if installed, nginx as a plain
            reverse proxy in front of the same model, then drives each with closed-loop load. Quote the
            ratios: absolute figures depend on the machine and on what else it is doing.
            """
    )

    @Option(help: "Seconds to measure each configuration.")
    var seconds = 3.0

    @Option(help: "Comma-separated concurrency levels.")
    var concurrency = "1,16,64"

    @Option(help: "nginx executable for the baseline (default: found on the system, skipped if absent).")
    var nginx: String?

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        var options = ProxyBenchmark.Options()
        options.duration = .milliseconds(Int(seconds * 1000))
        options.concurrencies = try concurrency.split(separator: ",").map { text in
            guard let level = Int(text.trimmingCharacters(in: .whitespaces)), level > 0 else {
                throw ValidationError("--concurrency takes positive whole numbers separated by commas, e.g. 1,16,64.")
            }
            return level
        }
        if let nginx { options.nginxExecutable = nginx }
        let logger = LogSetup.bootstrap(level: "error", format: .text)
        let rows = try await ProxyBenchmark(options: options).run(logger: logger)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return
        }
        print(BenchmarkTable.render(rows))
    }
}
