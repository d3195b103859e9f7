import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PalisadeGateway
import PalisadeSimulator

struct SimulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulator",
        abstract: "Run the built-in simulated model on its own, as an upstream for trying Palisade without provider keys.",
        discussion: """
            Speaks both APIs: point --openai-base-url at http://HOST:PORT/v1 and --anthropic-base-url at \
            http://HOST:PORT. Models: \(ModelSimulator.modelNames.joined(separator: ", ")). \
            The sim-* fault models reproduce upstream failures (garbage, slow, reset, stall, error, no usage, broken UTF-8).
            """
    )

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on; 0 picks a free one (the chosen port is printed).")
    var port = 9090

    @Option(name: .customLong("chunk-interval-ms"), help: "Pause between streamed chunks, in milliseconds.")
    var chunkIntervalMilliseconds = 0

    func run() async throws {
        let logger = LogSetup.bootstrap(level: "warning", format: .text)
        let host = host
        let application = Application(
            router: ModelSimulator(chunkInterval: .milliseconds(chunkIntervalMilliseconds)).router(),
            configuration: .init(address: .hostname(host, port: port)),
            onServerRunning: { channel in
                print("Simulated model listening on http://\(host):\(channel.localAddress?.port ?? 0)")
                fflush(nil)
            },
            logger: logger
        )
        try await application.runService()
    }
}
