import ArgumentParser
import Hummingbird
import Logging
import PalisadeCore
import PalisadeGateway
import PalisadeStore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the gateway.",
        discussion: """
            Point an application at Palisade by changing only its base URL and key (a key from \
            `palisade apps create`):
              OpenAI SDK:    base_url = http://HOST:PORT/v1
              Anthropic SDK: base_url = http://HOST:PORT
            Provider credentials come from OPENAI_API_KEY and ANTHROPIC_API_KEY (or palisade.yaml) and \
            never leave the gateway.
            """
    )

    @OptionGroup var options: GatewayOptions

    func run() async throws {
        let configuration = try options.resolve()
        let logger = LogSetup.bootstrap(level: configuration.logLevel, format: configuration.logFormat)
        let store = try SQLiteStore(directory: configuration.dataDirectory)
        for endpoint in configuration.providers.values.sorted(by: { $0.name < $1.name }) {
            if endpoint.apiKey == nil, let variable = endpoint.apiKeyVariable {
                logger.warning("\(variable) is not set: requests to '\(endpoint.name)' are forwarded without provider credentials")
            }
            logger.info("Provider '\(endpoint.name)' (\(endpoint.format.rawValue) format) at \(endpoint.baseURL)")
        }
        let gateway = try await Gateway(configuration: configuration, store: store, logger: logger)
        try await gateway.application().runService()
    }
}
