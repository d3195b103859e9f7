import Foundation
import Hummingbird
import Logging
import PalisadeAccess
import PalisadeCore
import PalisadeGateway
import PalisadeSimulator
import PalisadeStore
import ServiceLifecycle

/// A gateway in front of the simulated model, both on loopback ports chosen by the system, with
/// one application and key: what `palisade demo`, `palisade bench` and the gateway tests run.
public struct LocalDeployment: Sendable {
    /// Where things are once both servers listen.
    public struct Endpoints: Sendable {
        public var gatewayURL: String
        public var simulatorPort: Int
        public var gatewayPort: Int
        public var key: String
        public var application: PalisadeCore.Application
        public var gateway: Gateway
    }

    public var simulator: ModelSimulator
    public let store: any Store
    /// Holds the database and the vault key.
    public let dataDirectory: String
    public var applicationName: String
    public var logger: Logger
    /// The clock of the gateway's rate limits and budgets.
    public var accessClock: any AccessClock = SystemClock()

    public init(simulator: ModelSimulator = ModelSimulator(), dataDirectory: String, applicationName: String = "local", logger: Logger) throws(StoreError) {
        self.simulator = simulator
        self.dataDirectory = dataDirectory
        store = try SQLiteStore(directory: dataDirectory)
        self.applicationName = applicationName
        self.logger = logger
    }

    /// Starts both servers, runs `body`, then stops them. `configure` adjusts the gateway's
    /// configuration after the providers are pointed at the simulator.
    public func run<T: Sendable>(
        configure: @escaping @Sendable (inout GatewayConfiguration, _ simulatorPort: Int) -> Void = { _, _ in },
        _ body: @escaping @Sendable (Endpoints) async throws -> T
    ) async throws -> T {
        let existing = try await store.application(named: applicationName)
        let application = if let existing { existing } else { try await store.createApplication(named: applicationName) }
        let (key, storedKey) = ApplicationKey.generate(for: application.id)
        try await store.addKey(storedKey)

        let simulatorPort = AsyncStream.makeStream(of: Int.self)
        let simulatorApplication = Hummingbird.Application(
            router: simulator.router(),
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                if let port = channel.localAddress?.port { simulatorPort.continuation.yield(port) }
            },
            logger: logger
        )
        // A simulated fault may hold a request open for a minute; shutdown need not wait for it.
        var simulatorGroupConfiguration = ServiceGroupConfiguration(services: [.init(service: simulatorApplication)], logger: logger)
        simulatorGroupConfiguration.maximumGracefulShutdownDuration = .seconds(1)
        let simulatorGroup = ServiceGroup(configuration: simulatorGroupConfiguration)
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await simulatorGroup.run()
                return nil
            }
            guard let upstreamPort = await simulatorPort.stream.first(where: { _ in true }) else { throw CancellationError() }

            var configuration = GatewayConfiguration()
            configuration.port = 0
            configuration.dataDirectory = dataDirectory
            configuration.providers["openai"]?.baseURL = "http://127.0.0.1:\(upstreamPort)/v1"
            configuration.providers["anthropic"]?.baseURL = "http://127.0.0.1:\(upstreamPort)"
            configure(&configuration, upstreamPort)
            let gateway = try await Gateway(configuration: configuration, store: store, logger: logger, accessClock: accessClock)
            let gatewayPort = AsyncStream.makeStream(of: Int.self)
            let gatewayApplication = gateway.application(onServerRunning: { channel in
                if let port = channel.localAddress?.port { gatewayPort.continuation.yield(port) }
            })
            let gatewayGroup = ServiceGroup(services: [gatewayApplication], logger: logger)
            group.addTask {
                try await gatewayGroup.run()
                return nil
            }
            guard let port = await gatewayPort.stream.first(where: { _ in true }) else { throw CancellationError() }
            let endpoints = Endpoints(
                gatewayURL: "http://\(configuration.host):\(port)",
                simulatorPort: upstreamPort,
                gatewayPort: port,
                key: key,
                application: application,
                gateway: gateway
            )
            let outcome: Result<T, any Error>
            do {
                outcome = .success(try await body(endpoints))
            } catch {
                outcome = .failure(error)
            }
            // Gateway first, so its last records are written while the upstream still answers.
            await gatewayGroup.triggerGracefulShutdown()
            await simulatorGroup.triggerGracefulShutdown()
            try await group.waitForAll()
            return try outcome.get()
        }
    }
}
