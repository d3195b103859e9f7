import Crypto
import HTTPTypes
import Hummingbird
import Foundation
import Logging
import NIOCore
import PalisadeAccess
import PalisadeAudit
import PalisadeCore
import PalisadeDetection
import PalisadeInjection
import PalisadePolicy
import PalisadeProviders
import PalisadeStore
import PalisadeTelemetry
import ServiceLifecycle
import Tracing

/// The gateway application: provider routes, health endpoints and the services behind them.
public struct Gateway: Sendable {
    public let configuration: GatewayConfiguration
    public let store: any Store
    public let recorder: ExchangeRecorder
    private let upstream: UpstreamClient
    private let authenticator: KeyAuthenticator
    private let inspector: ExchangeInspector
    private let tracing: ExchangeTracing
    private let spanExporter: (any Service)?
    /// The tamper-evident audit log; `nil` when `audit.enabled` is false.
    public let audit: AuditLog?
    private let policies: PolicyRuntime?
    private let secondOpinion: InjectionSecondOpinion?
    private let admission: AdmissionGate
    private let endUsers: EndUserTokenVerifier?
    private let adminAuthenticator: AdminAuthenticator
    /// The time keys are checked against and rotations start from; tests pass their own.
    private let accessClock: any AccessClock
    let telemetry: GatewayTelemetry
    private let canarySecret: SymmetricKey
    private let logger: Logger

    /// Fails when the redaction vault's or the audit log's keys cannot be read or created, the
    /// audit database cannot be opened, the policy file is invalid, the injection model cannot
    /// be loaded, or the tracing exporter cannot be configured. Rate limits and budgets read
    /// `accessClock`, which tests replace to pass intervals without sleeping.
    public init(configuration: GatewayConfiguration, store: any Store, logger: Logger, accessClock: any AccessClock = SystemClock()) async throws {
        let keyFile = configuration.redaction.keyFile ?? (configuration.dataDirectory as NSString).appendingPathComponent("vault.key")
        let vaultKey = try VaultKey.load(file: keyFile)
        let retention = TimeInterval(configuration.redaction.retention.components.seconds)
        let classifier = try InjectionClassifier.shipped()
        // With a judge, the detector reports the uncertain band too, for the judge to settle.
        let injection = InjectionDetector(classifier: classifier, sensitivity: configuration.injectionSecondOpinion == nil ? configuration.injectionSensitivity : .strict)
        self.configuration = configuration
        self.store = store
        self.logger = logger
        recorder = ExchangeRecorder(store: store, logger: logger)
        self.accessClock = accessClock
        authenticator = KeyAuthenticator(store: store, clock: accessClock)
        inspector = ExchangeInspector(pipeline: DetectionPipeline(), injection: injection, redactor: Redactor(vault: store.redactionVault(key: vaultKey, retention: retention)))
        audit = configuration.audit.enabled ? try AuditService.open(configuration.audit, dataDirectory: configuration.dataDirectory, logger: logger) : nil
        policies = try configuration.policy.file.map { file in
            try PolicyRuntime(file: file, pollInterval: configuration.policy.pollInterval, logger: logger)
        }
        canarySecret = vaultKey.key
        admission = try AdmissionGate(store: store, configuration: configuration, clock: accessClock, logger: logger)
        let resumed = try await admission.resumeBudgets(now: accessClock.now)
        if resumed > 0 { logger.info("Budgets resume from this month's recorded spending", metadata: ["subjects": "\(resumed)"]) }
        if let settings = configuration.endUserToken {
            endUsers = try await EndUserTokenVerifier(EndUserTokenConfiguration(
                issuer: settings.issuer, audience: settings.audience, claim: settings.claim, keys: try await EndUserKeySource(settings: settings).load()
            ))
        } else {
            endUsers = nil
        }
        adminAuthenticator = AdminAuthenticator(store: store)
        telemetry = try GatewayTelemetry(configuration: configuration, logger: logger)
        let tracingBackend = try TracingBackend.make(configuration.tracing, logger: logger)
        tracing = ExchangeTracing(tracer: tracingBackend.tracer)
        spanExporter = tracingBackend.exporter
        // Last: an HTTP client must be shut down once made, so nothing that can fail comes after it.
        let upstream = UpstreamClient(timeouts: configuration.timeouts)
        self.upstream = upstream
        if let settings = configuration.injectionSecondOpinion, let endpoint = configuration.providers[settings.provider] {
            secondOpinion = InjectionSecondOpinion(
                judge: SecondOpinionJudge(endpoint: endpoint, settings: settings, client: upstream.httpClient),
                uncertain: classifier.threshold(for: .strict)..<classifier.threshold(for: .low),
                threshold: classifier.threshold(for: configuration.injectionSensitivity),
                metrics: telemetry.metrics, logger: logger
            )
        } else {
            secondOpinion = nil
        }
    }

    /// The policy in force, if a policy file is configured.
    public var policy: PolicySet? { policies?.current }

    /// Provider paths exactly as the providers serve them, so SDKs need only a new base URL.
    public static let routes: [(method: HTTPRequest.Method, path: RouterPath, operation: APIOperation)] = [
        (.post, "/v1/chat/completions", .chatCompletions),
        (.post, "/v1/responses", .responses),
        (.post, "/v1/completions", .completions),
        (.post, "/v1/embeddings", .embeddings),
        (.get, "/v1/models", .models),
        (.get, "/v1/models/:model", .models),
        (.post, "/v1/messages", .messages),
        (.post, "/v1/messages/count_tokens", .countTokens),
    ]

    public func router() -> Router<GatewayRequestContext> {
        let router = Router(context: GatewayRequestContext.self)
        router.add(middleware: ProviderErrorMiddleware())
        let proxy = ProxyHandler(
            configuration: configuration, authenticator: authenticator, inspector: inspector, upstream: upstream,
            completion: ExchangeCompletion(recorder: recorder, tracing: tracing, audit: audit, admission: admission, telemetry: telemetry, logger: logger),
            endUsers: endUsers, endUserHeader: configuration.endUserToken.flatMap { HTTPField.Name($0.header) },
            policies: policies, secondOpinion: secondOpinion, canarySecret: canarySecret, logger: logger
        )
        for route in Self.routes {
            router.on(route.path, method: route.method) { request, context in
                await proxy.handle(request, context: context, operation: route.operation)
            }
        }
        HealthRoutes(store: store, recorder: recorder).add(to: router)
        let metrics = telemetry.metrics
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(string: metrics.prometheusText())))
        }
        let gate = admission
        AdminAPI(authenticator: adminAuthenticator, routes: adminRoutes(blocksChanged: { await gate.refreshBlocks() }), logger: logger).add(to: router)
        return router
    }

    /// Services that must run beside the HTTP server and stop after it, so that the last
    /// requests' records are written before the process exits.
    public var services: [any Service] {
        var services: [any Service] = [recorder, admission, UpstreamClientLifecycle(client: upstream)]
        if let audit { services.append(AuditService(log: audit, retention: configuration.audit.retention, logger: logger)) }
        if let policies { services.append(policies) }
        if let spanExporter { services.append(spanExporter) }
        if let endUsers, let settings = configuration.endUserToken, settings.jwksURL != nil {
            services.append(EndUserKeyRefresher(source: EndUserKeySource(settings: settings), verifier: endUsers, logger: logger))
        }
        services += telemetry.services
        return services
    }

    public func application(onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }) -> some ApplicationProtocol {
        Application(
            router: router(),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "palisade"),
            services: services,
            onServerRunning: onServerRunning,
            logger: logger
        )
    }
}

extension Gateway {
    /// Every admin route, in the order the README's table lists them.
    func adminRoutes(blocksChanged: @escaping @Sendable () async -> Void) -> [AdminRoute] {
        AccessAdminRoutes(store: store, clock: accessClock, blocksChanged: blocksChanged).routes
            + VisibilityAdminRoutes(telemetry: telemetry, configuration: configuration, policy: { policies?.current }).routes
            + AuditAdminRoutes(audit: audit, store: store).routes
    }
}

/// Closes the upstream connection pool once the server has stopped taking requests.
struct UpstreamClientLifecycle: Service {
    let client: UpstreamClient

    func run() async throws {
        try? await gracefulShutdown()
        try await client.shutdown()
    }
}
