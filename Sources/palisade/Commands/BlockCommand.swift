import ArgumentParser
import Foundation
import PalisadeAccess
import PalisadeCore
import PalisadeGateway
import PalisadeStore

struct BlockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "block",
        abstract: "Refuse a key, end user, address or application, or list and lift blocks.",
        discussion: "Blocks live in the database, so every gateway using it sees a change within about 2 seconds.",
        subcommands: [Add.self, List.self, Lift.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Place a block and print its id.")

        @Option(help: "key, end_user, network, application or global.")
        var kind: String

        @Option(help: "A key id (key_…), an end user, an IP address or CIDR range, or an application's name or id. Not needed for global.")
        var value: String = ""

        @Option(help: "Why, for the refused callers and the audit trail.")
        var reason: String

        @Option(name: .customLong("expires-in"), help: "How long the block lasts, such as 1h. Default: until lifted.", transform: AccessArguments.duration)
        var expiresIn: TimeInterval?

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let block = try await store.addBlock(
                target: try await target(in: store), reason: reason, createdBy: AccessArguments.operatorName,
                expiresAt: expiresIn.map { Date().addingTimeInterval($0) }
            )
            print("Placed block \(block.id) on \([block.target.kind, block.target.value].filter { !$0.isEmpty }.joined(separator: " ")), until \(block.expiresAt.map(AccessArguments.dateText) ?? "lifted").")
        }

        private static let kinds = "--kind must be key, end_user, network, application or global, with a --value except for global."

        func validate() throws {
            guard BlockTarget(kind: kind, value: value) != nil, kind == "global" || !value.isEmpty else {
                throw ValidationError(Self.kinds)
            }
            if kind == "network", IPNetwork(value) == nil {
                throw ValidationError("'\(value)' is not an IP address or CIDR range (203.0.113.7, 203.0.113.0/24, 2001:db8::/32).")
            }
        }

        /// The target to store: an application by its id, whichever way it was named.
        private func target(in store: SQLiteStore) async throws -> BlockTarget {
            guard let target = BlockTarget(kind: kind, value: value) else { throw ValidationError(Self.kinds) }
            if case .application(let reference) = target { return .application(id: try await store.application(namedOrID: reference).id) }
            return target
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List active blocks, oldest first.")

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            let blocks = try await store.activeBlocks(at: Date())
            guard !blocks.isEmpty else {
                print("No active blocks.")
                return
            }
            for block in blocks {
                let until = block.expiresAt.map(AccessArguments.dateText) ?? "lifted"
                print("\(block.id)\t\(block.target.kind)\t\(block.target.value)\tby \(block.createdBy)\tuntil \(until)\t\(block.reason)")
            }
        }
    }

    struct Lift: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lift a block now; the record stays for the audit trail.")

        @Argument(help: "The block's id (blk_…), from `palisade block list`.")
        var blockID: String

        @OptionGroup var options: GatewayOptions

        func run() async throws {
            let store = try SQLiteStore(directory: try options.resolve().dataDirectory)
            try await store.liftBlock(id: blockID, liftedBy: AccessArguments.operatorName)
            print("Lifted \(blockID).")
        }
    }
}
