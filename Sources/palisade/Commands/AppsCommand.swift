import ArgumentParser
import Foundation
import PalisadeCore
import PalisadeGateway
import PalisadeStore

struct AppsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apps",
        abstract: "Register AI applications and issue their keys.",
        subcommands: [Create.self, List.self]
    )

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register an application and print its first key. The key is shown once; Palisade keeps only its hash."
        )

        @Argument(help: "A name for the application, e.g. support-bot.")
        var name: String

        @OptionGroup var options: GatewayOptions

        func validate() throws {
            guard !name.isEmpty, name.count <= 100, name.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else {
                throw ValidationError("Application names use letters, digits, '-', '_' and '.', up to 100 characters.")
            }
        }

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let application = try await store.createApplication(named: name)
            let (secret, key) = ApplicationKey.generate(for: application.id)
            try await store.addKey(key)
            print("Created application '\(application.name)' (\(application.id)).")
            print("Its key (shown once, store it now):")
            print("")
            print("  \(secret)")
            print("")
            print("Use it as the API key of the OpenAI or Anthropic SDK, with the base URL pointing at Palisade.")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List registered applications.")

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let applications = try await store.applications()
            guard !applications.isEmpty else {
                print("No applications yet. Create one with `palisade apps create NAME`.")
                return
            }
            for application in applications {
                print("\(application.name)\t\(application.id)\tcreated \(application.createdAt.formatted(.iso8601))")
            }
        }
    }
}
