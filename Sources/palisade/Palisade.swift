import ArgumentParser
import NIOCore
import NIOPosix

@main
struct Palisade: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palisade",
        abstract: "A security gateway for AI applications: a drop-in proxy for OpenAI and Anthropic APIs.",
        subcommands: [
            ServeCommand.self, DemoCommand.self, AppsCommand.self, CheckCommand.self, EvalCommand.self, TrainCommand.self,
            KeysCommand.self, AdminCommand.self, BlockCommand.self, KillSwitchCommand.self,
            BenchCommand.self, SimulatorCommand.self, PolicyCommand.self, AuditCommand.self, ReportCommand.self, InventoryCommand.self,
        ]
    )

    /// Runs Swift Concurrency on NIO's event loops, so that the gateway's handlers, its upstream
    /// client and its server share threads instead of handing each request between the
    /// concurrency pool and the event loops at every await. Done first, on the main thread.
    static func main() async {
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        await main(nil)
    }
}
