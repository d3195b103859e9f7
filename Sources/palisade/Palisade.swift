import ArgumentParser

@main
struct Palisade: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "palisade",
        abstract: "A security gateway for AI applications: a drop-in proxy for OpenAI and Anthropic APIs.",
        subcommands: [
            ServeCommand.self, DemoCommand.self, AppsCommand.self, CheckCommand.self, EvalCommand.self, TrainCommand.self,
            BenchCommand.self, SimulatorCommand.self,
        ]
    )
}
