import ArgumentParser
import AsyncHTTPClient
import Foundation
import Logging
import PalisadeBench
import PalisadeCore
import PalisadeGateway
import PalisadeSimulator
import PalisadeStore
import ServiceLifecycle
import UnixSignals

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Start the gateway in front of a built-in simulated model and play sample traffic through it.",
        discussion: "Needs no keys and no network. The gateway keeps running afterwards so you can send your own requests."
    )

    @Option(help: "Port for the gateway.")
    var port = 8080

    @Option(name: .customLong("data-dir"), help: "Directory for the demo database (default: a new temporary directory).")
    var dataDirectory: String?

    @Flag(help: "Exit after the sample traffic instead of keeping the gateway running.")
    var once = false

    func run() async throws {
        let logger = LogSetup.bootstrap(level: "error", format: .text)
        let directory = dataDirectory ?? FileManager.default.temporaryDirectory.appendingPathComponent("palisade-demo-\(UUID().uuidString.prefix(8))").path
        let deployment = try LocalDeployment(
            simulator: ModelSimulator(chunkInterval: .milliseconds(15)),
            dataDirectory: directory,
            applicationName: "demo-chatbot",
            logger: logger
        )
        let session = DemoSession(deployment: deployment, port: port, dataDirectory: directory, once: once)
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: session, successTerminationBehavior: .gracefullyShutdownGroup)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        try await group.run()
    }
}

/// The demo as a service, so that Ctrl-C shuts it down gracefully.
struct DemoSession: Service {
    let deployment: LocalDeployment
    let port: Int
    let dataDirectory: String
    let once: Bool

    func run() async throws {
        let port = port
        try await deployment.run(configure: { configuration, _ in
            configuration.port = port
            configuration.applications["demo-chatbot"] = ApplicationSettings(redact: true)
        }) { endpoints in
            print("Palisade demo: gateway at \(endpoints.gatewayURL), simulated model at http://127.0.0.1:\(endpoints.simulatorPort)")
            print("Application '\(endpoints.application.name)', key \(endpoints.key)\n")
            let outcomes = await DemoTraffic.play(DemoTraffic.steps(key: endpoints.key), gatewayURL: endpoints.gatewayURL, client: HTTPClient.shared)
            for (index, outcome) in outcomes.enumerated() {
                let status = outcome.status == 0 ? "ERR" : String(outcome.status)
                print("\(String(index + 1).leftPadded(2))  \(status)  \(outcome.step.title.rightPadded(46)) \(outcome.summary)")
            }
            print("")
            try await printRecords(endpoints.gateway)
            print("""

                Try it yourself while the demo runs (Ctrl-C stops it):
                  OpenAI SDK:    OpenAI(base_url="\(endpoints.gatewayURL)/v1", api_key="\(endpoints.key)")
                  Anthropic SDK: Anthropic(base_url="\(endpoints.gatewayURL)", api_key="\(endpoints.key)")
                  curl \(endpoints.gatewayURL)/v1/chat/completions -H 'authorization: Bearer \(endpoints.key)' \\
                       -H 'content-type: application/json' -d '{"model":"sim-gpt","messages":[{"role":"user","content":"hello"}]}'
                Records are in \(dataDirectory)/palisade.sqlite.
                """)
            if !once {
                try await gracefulShutdown()
            }
        }
    }

    /// Findings as `kind:TYPE` in order of first appearance, with the direction they travelled.
    private static func describe(_ findings: [Finding]) -> String {
        var seen: [String] = []
        for finding in findings {
            let label = "\(finding.direction == .output ? "out " : "")\(finding.kind.rawValue):\(finding.type)"
            if !seen.contains(label) { seen.append(label) }
        }
        return seen.joined(separator: ", ")
    }

    private func printRecords(_ gateway: Gateway) async throws {
        await gateway.recorder.flush()
        let records = try await gateway.store.exchanges(limit: 100, applicationID: nil).reversed()
        print("What Palisade recorded (\(records.count) exchanges; ~ marks estimated tokens):")
        print("    status  operation               model       tokens in/out   latency   first token  error / findings")
        for record in records {
            let tokens = "\(record.usage.input)/\(record.usage.output)\(record.usage.estimated ? "~" : "")"
            let firstToken = record.timeToFirstTokenMs.map { String(format: "%.1f ms", $0) } ?? "-"
            let columns = [
                String(record.status).rightPadded(7), (record.operation?.rawValue ?? "-").rightPadded(23),
                (record.model ?? "-").rightPadded(11), tokens.rightPadded(15), String(format: "%6.1f ms", record.latencyMs).rightPadded(9),
                firstToken.rightPadded(12), record.errorCode ?? Self.describe(record.findings),
            ]
            print("    " + columns.joined(separator: " "))
        }
    }
}

extension String {
    func rightPadded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
