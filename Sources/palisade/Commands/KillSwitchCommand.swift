import ArgumentParser
import Foundation
import PalisadeCore
import PalisadeGateway
import PalisadeStore

struct KillSwitchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kill-switch",
        abstract: "Stop all model traffic through every gateway using this database, or let it flow again.",
        discussion: "Gateways see the change within about 2 seconds. Admin and health routes keep working.",
        subcommands: [On.self, Off.self]
    )

    struct On: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Refuse every model request (403 blocked_global) until turned off.")

        @Option(help: "Why, for the refused callers and the audit trail.")
        var reason: String

        @Option(name: .customLong("expires-in"), help: "Turn off on its own after this long, such as 15m. Default: until turned off.", transform: AccessArguments.duration)
        var expiresIn: TimeInterval?

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let block = try await store.addBlock(
                target: .global, reason: reason, createdBy: AccessArguments.operatorName,
                expiresAt: expiresIn.map { Date().addingTimeInterval($0) }
            )
            print("Kill switch on (\(block.id)) until \(block.expiresAt.map(AccessArguments.dateText) ?? "turned off"): \(reason)")
        }
    }

    struct Off: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Let traffic flow again.")

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let switches = try await store.activeBlocks(at: Date()).filter { $0.target == .global }
            for block in switches {
                try await store.liftBlock(id: block.id, liftedBy: AccessArguments.operatorName)
            }
            print(switches.isEmpty ? "The kill switch was not on." : "Kill switch off; traffic flows again.")
        }
    }
}
