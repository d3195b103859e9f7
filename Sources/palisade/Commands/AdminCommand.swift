import ArgumentParser
import Foundation
import PalisadeCore
import PalisadeGateway
import PalisadeStore

struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Manage the tokens that call the admin API (/admin/v1/).",
        discussion: "Create the first admin token here; further ones can be created through the API. See docs/admin-api.md for what each role may do.",
        subcommands: [CreateToken.self, ListTokens.self, RevokeToken.self]
    )

    struct CreateToken: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create-token",
            abstract: "Create an admin token and print it. The token is shown once; Palisade keeps only its hash."
        )

        @Argument(help: "Who or what holds the token, such as alice or siem-export.")
        var name: String

        @Option(help: "viewer, analyst, responder or admin; each may do all the roles before it may.", transform: AccessArguments.role)
        var role: AdminRole

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let (secret, token) = try await store.createAdminToken(name: name, role: role)
            print("Created admin token \(token.id) for '\(token.name)' with the \(token.role.rawValue) role.")
            print("The token (shown once, store it now):")
            print("")
            print("  \(secret)")
            print("")
            print("Send it as `Authorization: Bearer \(AdminToken.prefix)…` to /admin/v1/ routes.")
        }
    }

    struct ListTokens: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list-tokens", abstract: "List admin tokens, revoked ones included. Tokens are never shown.")

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let tokens = try await store.adminTokens()
            guard !tokens.isEmpty else {
                print("No admin tokens yet. Create one with `palisade admin create-token NAME --role admin`.")
                return
            }
            for token in tokens {
                let state = token.revokedAt.map { "revoked \(AccessArguments.dateText($0))" } ?? "active"
                print("\(token.id)\t\(token.displayPrefix)…\t\(token.name)\t\(token.role.rawValue)\t\(state)")
            }
        }
    }

    struct RevokeToken: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke-token",
            abstract: "Revoke an admin token. A running gateway refuses it within 2 seconds."
        )

        @Argument(help: "The token's id (adm_…), from `palisade admin list-tokens`.")
        var tokenID: String

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let token = try await store.revokeAdminToken(id: tokenID)
            print("Revoked \(token.id) ('\(token.name)', \(token.role.rawValue)).")
        }
    }
}
