import ArgumentParser
import PalisadeGateway

/// Flags shared by the commands that start or configure a gateway. Flags win over environment
/// variables, which win over `palisade.yaml`, which wins over the defaults.
struct GatewayOptions: ParsableArguments {
    @Option(name: .long, help: "Path to palisade.yaml. Without it, flags, environment variables and defaults apply.")
    var config: String?

    @Option(name: .long, help: "Address to listen on (default 127.0.0.1).")
    var host: String?

    @Option(name: .long, help: "Port to listen on (default 8080).")
    var port: Int?

    @Option(name: .customLong("data-dir"), help: "Directory for the embedded database (default ./palisade-data).")
    var dataDirectory: String?

    @Option(name: .customLong("openai-base-url"), help: "OpenAI-format upstream, as the OpenAI SDK writes it (ending in /v1).")
    var openAIBaseURL: String?

    @Option(name: .customLong("anthropic-base-url"), help: "Anthropic-format upstream, as the Anthropic SDK writes it (no /v1).")
    var anthropicBaseURL: String?

    @Option(name: .customLong("failure-mode"), help: "open or closed: what to do when Palisade's own checks or recording fail.")
    var failureMode: String?

    func resolve() throws -> GatewayConfiguration {
        var configuration = try ConfigurationLoader().load(file: config)
        if let host { configuration.host = host }
        if let port {
            guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
            configuration.port = port
        }
        if let dataDirectory { configuration.dataDirectory = dataDirectory }
        if let failureMode {
            guard let mode = FailureMode(rawValue: failureMode) else { throw ValidationError("--failure-mode must be `open` or `closed`.") }
            configuration.failureMode = mode
        }
        try override(&configuration, provider: "openai", baseURL: openAIBaseURL, flag: "--openai-base-url")
        try override(&configuration, provider: "anthropic", baseURL: anthropicBaseURL, flag: "--anthropic-base-url")
        return configuration
    }

    private func override(_ configuration: inout GatewayConfiguration, provider name: String, baseURL: String?, flag: String) throws {
        guard let baseURL else { return }
        guard baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://") else {
            throw ValidationError("\(flag) must be an http:// or https:// URL, got '\(baseURL)'.")
        }
        guard var endpoint = configuration.providers[name] else {
            throw ValidationError("\(flag) was given but palisade.yaml declares no provider named '\(name)'.")
        }
        endpoint.baseURL = baseURL
        configuration.providers[name] = endpoint
    }
}
