import ArgumentParser
import Foundation
import PalisadeGateway
import PalisadePolicy
import PalisadeTelemetry

struct InventoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract: "List the AI in use as seen in live traffic: applications, providers, models, tools, system prompts, data classes, with a risk score each.",
        discussion: """
            Reads the data directory of a gateway (running or not; a running gateway saves its inventory every few seconds). \
            End users and client addresses are listed as counts: the inventory keeps only their digests. \
            `--events` lists what appeared first and when, so shadow AI use is visible the day it starts.
            """
    )

    @Option(name: .long, help: "Only this application.")
    var app: String?

    @Flag(name: .long, help: "List new-item events (new application, provider, model, tool, system prompt) instead.")
    var events = false

    @Flag(name: .long, help: "Print JSON, as GET /admin/v1/inventory does, with each application's risk assessment.")
    var json = false

    @OptionGroup var options: GatewayOptions

    func run() async throws {
        let configuration = try options.resolve()
        let tracker = try InventoryTracker(directory: configuration.dataDirectory, threatHalfLife: configuration.risk.threatHalfLife)
        if events {
            let list = try tracker.allEvents().filter { app == nil || $0.application == app }
            if json { try JSONOutput.print(list) } else { printEvents(list) }
            return
        }
        let applications = tracker.inventory().applications.filter { app == nil || $0.name == app }
        if let app, applications.isEmpty {
            throw ValidationError("No traffic from an application named '\(app)' in \(configuration.dataDirectory).")
        }
        let policies = try configuration.policy.file.map { try PolicySet.load(contentsOf: URL(fileURLWithPath: $0), vocabulary: .gateway) }
        let entries = applications.map { application in
            Entry(
                inventory: application,
                risk: configuration.risk.assess(RiskInputs(
                    application: application,
                    controls: configuration.controlsInForce(for: application.name, policy: policies?.policy(for: application.name))
                ))
            )
        }
        if json { try JSONOutput.print(entries) } else { printTable(entries) }
    }

    private struct Entry: Encodable {
        var inventory: ApplicationInventory
        var risk: RiskAssessment
    }

    private func printTable(_ entries: [Entry]) {
        guard !entries.isEmpty else {
            print("No traffic seen yet.")
            return
        }
        for entry in entries {
            let application = entry.inventory
            print("\(application.name)  risk \(entry.risk.score) (\(entry.risk.level.rawValue))  \(application.requests) requests  first seen \(Self.day(application.firstSeen)), last seen \(Self.day(application.lastSeen))")
            let rows: [(String, InventoryCategory, Bool)] = [
                ("providers", .provider, true), ("models", .model, true), ("keys", .key, true),
                ("tools declared", .declaredTool, true), ("tools called", .calledTool, true),
                ("data classes", .dataClass, true), ("system prompts", .systemPrompt, false),
                ("end users", .endUser, false), ("client addresses", .clientIP, false),
            ]
            for (label, category, named) in rows {
                let items = application.items(category)
                guard !items.isEmpty else { continue }
                let more = application.truncated.contains(category) ? " and more" : ""
                let detail = named ? ": " + items.map { "\($0.name) (\($0.count))" }.joined(separator: ", ") : ""
                print("  \(label) (\(items.count)\(more))\(detail)")
            }
            for factor in entry.risk.factors {
                print("  risk \(factor.points >= 0 ? "+" : "")\(Int(factor.points.rounded())) \(factor.name): \(factor.explanation)")
            }
            print("")
        }
    }

    private func printEvents(_ list: [InventoryEvent]) {
        guard !list.isEmpty else {
            print("No inventory events yet.")
            return
        }
        for event in list {
            print("\(event.at.ISO8601Format())  \(event.kind.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0))  \(event.application)  \(event.name)")
        }
    }

    private static func day(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day())
    }
}
