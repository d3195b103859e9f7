import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOHTTP1
import PalisadeGateway
import PalisadeSimulator
import PalisadeStore
import ServiceLifecycle

/// Measures the gateway against a direct connection to the same upstream (the simulated model),
/// and against nginx as a plain reverse proxy when nginx is installed, all in one run so that
/// the ratios compare like with like on a shared, noisy machine.
public struct ProxyBenchmark: Sendable {
    public struct Options: Sendable {
        public var concurrencies: [Int] = [1, 16, 64]
        public var duration: Duration = .seconds(3)
        public var warmUp: Duration = .milliseconds(500)
        public var nginxExecutable: String? = NginxReverseProxy.locate()
        /// Settings the measured gateway runs with instead of the defaults (see `measured(_:in:)`).
        public var gateway: GatewayConfiguration?

        public init() {}
    }

    public struct Row: Sendable, Codable, Hashable {
        public var mode: String
        public var concurrency: Int
        public var target: String
        public var requestsPerSecond: Double
        public var p50Ms: Double
        public var p99Ms: Double
        public var firstByteP50Ms: Double
        public var failures: Int
    }

    public var options: Options
    public init(options: Options) { self.options = options }

    public func run(logger: Logger) async throws -> [Row] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("palisade-bench-\(UUID().uuidString.prefix(8))").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let deployment = try LocalDeployment(dataDirectory: directory, applicationName: "bench", logger: logger)
        let options = options
        return try await deployment.run(configure: { configuration, _ in
            if let settings = options.gateway { configuration = Self.measured(settings, in: configuration) }
        }) { endpoints in
            let simulatorPort = endpoints.simulatorPort
            var nginx: NginxReverseProxy?
            if let executable = options.nginxExecutable, let port = FreePort.find() {
                nginx = try? NginxReverseProxy(executable: executable, listenPort: port, upstreamPort: simulatorPort)
                try await Task.sleep(for: .milliseconds(300))
            }
            defer { nginx?.stop() }
            var configuration = HTTPClient.Configuration()
            configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = (options.concurrencies.max() ?? 64) + 8
            let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
            let generator = LoadGenerator(client: client)

            var targets: [(String, Int)] = [("direct", simulatorPort), ("palisade", endpoints.gatewayPort)]
            if let nginx { targets.append(("nginx", nginx.port)) }
            var rows: [Row] = []
            for (mode, stream) in [("plain", false), ("stream", true)] {
                for concurrency in options.concurrencies {
                    for (name, port) in targets {
                        var headers = HTTPHeaders()
                        headers.add(name: "content-type", value: "application/json")
                        headers.add(name: "authorization", value: "Bearer \(endpoints.key)")
                        let target = LoadGenerator.Target(url: "http://127.0.0.1:\(port)/v1/chat/completions", headers: headers) {
                            Self.body(stream: stream, request: $0)
                        }
                        let (total, firstByte) = await generator.run(target, concurrency: concurrency, warmUp: options.warmUp, duration: options.duration)
                        rows.append(
                            Row(
                                mode: mode, concurrency: concurrency, target: name, requestsPerSecond: total.requestsPerSecond,
                                p50Ms: total.p50, p99Ms: total.p99, firstByteP50Ms: firstByte.p50, failures: total.failures
                            )
                        )
                    }
                }
            }
            try await client.shutdown()
            return rows
        }
    }

    /// `settings` with the benchmark's own address, data directory and providers (the simulated
    /// model), and without key files, so that measuring a production configuration never reads
    /// or writes its keys or data. Per-application settings apply under the name `bench`.
    static func measured(_ settings: GatewayConfiguration, in deployment: GatewayConfiguration) -> GatewayConfiguration {
        var configuration = settings
        configuration.host = deployment.host
        configuration.port = deployment.port
        configuration.dataDirectory = deployment.dataDirectory
        configuration.providers = deployment.providers
        configuration.routes = []
        configuration.redaction.keyFile = nil
        configuration.audit.keyFile = nil
        configuration.audit.signingKeyFile = nil
        return configuration
    }

    /// A request of a support chat: the same system prompt each time, a question that differs.
    static func body(stream: Bool, request: Int) -> String {
        #"{"model":"sim-gpt","stream":\#(stream),"messages":[{"role":"system","content":"You are a helpful assistant for ACME support."},{"role":"user","content":"What are your opening hours on public holidays? I am asking about booking \#(request)."}]}"#
    }
}
