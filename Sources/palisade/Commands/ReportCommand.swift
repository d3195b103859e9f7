import ArgumentParser
import Foundation
import PalisadeAccess
import PalisadeCore
import PalisadeGateway
import PalisadePolicy
import PalisadeStore
import PalisadeTelemetry

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report on one application for its owners: traffic, cost, findings, risks, blocked attacks and exposure.",
        discussion: "Reads the data directory of a gateway (running or not). Evidence in the report is the redacted excerpt of each finding, never the text itself."
    )

    @Option(name: .long, help: "The application's name.")
    var app: String

    @Option(name: .long, help: "How far back, such as 30d or 12h.")
    var since = "30d"

    @Option(name: .long, help: "html, md or json.")
    var format = "html"

    @Option(name: .long, help: "Write to this file instead of standard output.")
    var out: String?

    @OptionGroup var options: GatewayOptions

    func run() async throws {
        guard let seconds = DurationText.parse(since)?.timeInterval else { throw ValidationError("--since takes a duration such as 30d, 12h or 90m.") }
        guard ["html", "md", "json"].contains(format) else { throw ValidationError("--format is html, md or json.") }
        let configuration = try options.resolve()
        let store = try SQLiteStore(directory: configuration.dataDirectory)
        guard let application = try await store.application(named: app) else {
            throw ValidationError("No application named '\(app)' in \(configuration.dataDirectory); `palisade apps list` shows them.")
        }
        let now = Date()
        let period = DateInterval(start: now.addingTimeInterval(-seconds), end: now)
        let records = try await store.exchanges(limit: 1_000_000, applicationID: application.id)
        let inventory = try InventoryTracker(directory: configuration.dataDirectory, threatHalfLife: configuration.risk.threatHalfLife).inventory().application(named: app)
        let policy = try configuration.policy.file.map { try PolicySet.load(contentsOf: URL(fileURLWithPath: $0), vocabulary: .gateway).policy(for: app) }
        let pricing = try PricingTable.bundled(overrides: configuration.pricing.mapValues { ModelPrice(input: $0.input, output: $0.output) })
        let report = ApplicationReport(
            application: app, records: records, period: period, inventory: inventory,
            controls: configuration.controlsInForce(for: app, policy: policy),
            riskModel: configuration.risk,
            assumptions: configuration.exposure,
            cost: { record in
                record.model.flatMap { pricing.cost(model: $0, usage: record.usage) }.map { NSDecimalNumber(decimal: $0).doubleValue } ?? 0
            }
        )
        let text: String = switch format {
        case "json": String(decoding: try report.json(), as: UTF8.self)
        case "md": report.markdown()
        default: report.html()
        }
        if let out {
            try text.write(toFile: out, atomically: true, encoding: .utf8)
            print("Wrote the \(format) report for '\(app)' to \(out).")
        } else {
            print(text)
        }
    }
}
