import ArgumentParser
import Foundation
import PalisadeCore
import PalisadeGateway
import PalisadeStore

struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "List, create, rotate and revoke application keys.",
        discussion: "A running gateway sees a new or rotated key at once, and a revoked key within 5 seconds.",
        subcommands: [List.self, Create.self, Rotate.self, Revoke.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List an application's keys, revoked and expired ones included. Secrets are never shown.")

        @Argument(help: "The application's name or id.")
        var application: String

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let application = try await store.application(namedOrID: application)
            let now = Date()
            for key in try await store.keys(applicationID: application.id) {
                let state = key.revokedAt.map { $0 <= now } == true ? "revoked" : key.isUsable(at: now) ? "active" : "expired"
                var line = "\(key.id)\t\(key.displayPrefix)…\t\(state)\tcreated \(AccessArguments.dateText(key.createdAt))\texpires \(AccessArguments.dateText(key.expiresAt))"
                if let reason = key.revokedReason { line += "\treason: \(reason)" }
                if !key.allowedModels.isEmpty { line += "\tmodels: \(key.allowedModels.joined(separator: ","))" }
                print(line)
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a key for an application and print it. The key is shown once; Palisade keeps only its hash.")

        @Argument(help: "The application's name or id.")
        var application: String

        @Option(help: "Requests per interval, such as 600/1m.", transform: AccessArguments.quota)
        var requests: RateQuota?

        @Option(help: "Input and output tokens per interval, such as 100000/1m.", transform: AccessArguments.quota)
        var tokens: RateQuota?

        @Option(help: "Requests in flight at once.")
        var concurrent: Int?

        @Option(name: .customLong("daily-budget-soft"), help: "USD per UTC day after which an alert is logged.", transform: AccessArguments.dollars)
        var dailySoft: Decimal?

        @Option(name: .customLong("daily-budget-hard"), help: "USD per UTC day after which requests are refused.", transform: AccessArguments.dollars)
        var dailyHard: Decimal?

        @Option(name: .customLong("monthly-budget-soft"), help: "USD per UTC month after which an alert is logged.", transform: AccessArguments.dollars)
        var monthlySoft: Decimal?

        @Option(name: .customLong("monthly-budget-hard"), help: "USD per UTC month after which requests are refused.", transform: AccessArguments.dollars)
        var monthlyHard: Decimal?

        @Option(name: .customLong("allowed-model"), help: "A model name or glob (gpt-4o*) the key may call; repeat for several. Default: every model.")
        var allowedModels: [String] = []

        @Option(name: .customLong("expires-in"), help: "How long the key is valid, such as 30d. Default: until revoked.", transform: AccessArguments.duration)
        var expiresIn: TimeInterval?

        @OptionGroup var options: GatewayOptions

        func validate() throws {
            if let concurrent, concurrent < 1 { throw ValidationError("--concurrent must be at least 1.") }
        }

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let application = try await store.application(namedOrID: application)
            let limits = KeyLimits(
                requests: requests, tokens: tokens, concurrentRequests: concurrent,
                dailyBudget: dailySoft == nil && dailyHard == nil ? nil : CostBudget(soft: dailySoft, hard: dailyHard),
                monthlyBudget: monthlySoft == nil && monthlyHard == nil ? nil : CostBudget(soft: monthlySoft, hard: monthlyHard)
            )
            var (secret, key) = ApplicationKey.generate(for: application.id, limits: limits, allowedModels: allowedModels)
            key.expiresAt = expiresIn.map { Date().addingTimeInterval($0) }
            try await store.addKey(key)
            print("Created key \(key.id) for '\(application.name)'\(key.expiresAt.map { ", valid until \(AccessArguments.dateText($0))" } ?? "").")
            print("The key (shown once, store it now):")
            print("")
            print("  \(secret)")
            print("")
        }
    }

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace a key with a new one with the same limits; the old key keeps working for the overlap so clients can switch without an outage."
        )

        @Argument(help: "The key's id (key_…), from `palisade keys list`.")
        var keyID: String

        @Option(help: "How long the old key stays valid, such as 24h.", transform: AccessArguments.duration)
        var overlap: TimeInterval = 86_400

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let (secret, key) = try await store.rotateKey(id: keyID, overlap: overlap, now: Date())
            print("Created key \(key.id) to replace \(keyID), which stops working at \(AccessArguments.dateText(Date().addingTimeInterval(overlap))) at the latest.")
            print("The new key (shown once, store it now):")
            print("")
            print("  \(secret)")
            print("")
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key now. A running gateway refuses it within 5 seconds.")

        @Argument(help: "The key's id (key_…), from `palisade keys list`.")
        var keyID: String

        @Option(help: "Why, for the audit trail, such as \"posted in a public repository\".")
        var reason: String

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let key = try await store.revokeKey(id: keyID, reason: reason)
            print("Revoked \(key.id) at \(AccessArguments.dateText(key.revokedAt)): \(key.revokedReason ?? reason)")
        }
    }
}
