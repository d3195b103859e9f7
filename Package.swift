// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "palisade",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "palisade", targets: ["palisade"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing.git", from: "1.7.3"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/swift-otel/swift-otel.git", from: "1.6.0", traits: ["OTLPHTTP"]),
    ],
    targets: [
        // Domain values shared by every other module: exchanges, findings, applications, errors.
        .target(
            name: "PalisadeCore",
            swiftSettings: swiftSettings
        ),
        // Pattern detectors for sensitive data and hidden content, the detection pipeline, redaction.
        .target(
            name: "PalisadeDetection",
            dependencies: ["PalisadeCore", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // The prompt-injection and jailbreak classifier: features, model, training and evaluation.
        .target(
            name: "PalisadeInjection",
            dependencies: ["PalisadeCore", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // Provider wire formats (OpenAI, Anthropic), SSE framing, token estimates.
        .target(
            name: "PalisadeProviders",
            dependencies: ["PalisadeCore"],
            swiftSettings: swiftSettings
        ),
        // Persistence behind the `Store` protocol; SQLite (GRDB) is the embedded default.
        .target(
            name: "PalisadeStore",
            dependencies: [
                "PalisadeCore",
                "PalisadeDetection",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Policy as code: the YAML language, validation with locations, evaluation, stream guard.
        .target(
            name: "PalisadePolicy",
            dependencies: [
                "PalisadeCore",
                "PalisadeProviders",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // Access control and quotas: blocks, rate limits, budgets and pricing, end-user tokens.
        .target(
            name: "PalisadeAccess",
            dependencies: [
                "PalisadeCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        // Visibility: Prometheus metrics, the live inventory, risk scores, reports, SIEM sinks.
        .target(
            name: "PalisadeTelemetry",
            dependencies: [
                "PalisadeCore",
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "DequeModule", package: "swift-collections"),
            ],
            swiftSettings: swiftSettings
        ),
        // The tamper-evident, encrypted audit log: hash chain, signed checkpoints, search, export.
        .target(
            name: "PalisadeAudit",
            dependencies: [
                "PalisadeCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The HTTP gateway: configuration, admission, proxy routes, streaming relay.
        .target(
            name: "PalisadeGateway",
            dependencies: [
                "PalisadeCore",
                "PalisadeDetection",
                "PalisadeInjection",
                "PalisadeProviders",
                "PalisadeStore",
                "PalisadePolicy",
                "PalisadeAudit",
                "PalisadeAccess",
                "PalisadeTelemetry",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
                .product(name: "OTel", package: "swift-otel"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // A deterministic stand-in for OpenAI and Anthropic, used by `palisade demo`, tests and benchmarks.
        .target(
            name: "PalisadeSimulator",
            dependencies: [
                "PalisadeCore",
                "PalisadeProviders",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // Load generation and latency statistics for `palisade bench`.
        .target(
            name: "PalisadeBench",
            dependencies: [
                "PalisadeGateway",
                "PalisadeAccess",
                "PalisadeSimulator",
                "PalisadeStore",
                "PalisadeCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "palisade",
            dependencies: [
                "PalisadeCore",
                "PalisadeGateway",
                "PalisadeSimulator",
                "PalisadeBench",
                "PalisadeStore",
                "PalisadeDetection",
                "PalisadeInjection",
                "PalisadePolicy",
                "PalisadeAudit",
                "PalisadeAccess",
                "PalisadeTelemetry",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "PalisadeTestSupport",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/PalisadeTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadeBenchTests",
            dependencies: ["PalisadeBench", "PalisadeGateway", "PalisadeCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadeCoreTests",
            dependencies: ["PalisadeCore"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadeDetectionTests",
            dependencies: ["PalisadeTestSupport", "PalisadeDetection"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadeInjectionTests",
            dependencies: ["PalisadeInjection"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadePolicyTests",
            dependencies: ["PalisadeTestSupport", "PalisadePolicy", "PalisadeCore", "PalisadeProviders"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadeAuditTests",
            dependencies: [
                "PalisadeTestSupport",
                "PalisadeAudit",
                "PalisadeCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadeAccessTests",
            dependencies: [
                "PalisadeAccess",
                "PalisadeCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadeTelemetryTests",
            dependencies: [
                "PalisadeTestSupport",
                "PalisadeTelemetry",
                "PalisadeCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadeProvidersTests",
            dependencies: ["PalisadeProviders"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadeStoreTests",
            dependencies: ["PalisadeTestSupport", "PalisadeStore", "PalisadeDetection", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "PalisadeGatewayTests",
            dependencies: [
                "PalisadeTestSupport",
                "PalisadeGateway",
                "PalisadeSimulator",
                "PalisadeBench",
                "PalisadeStore",
                "PalisadeProviders",
                "PalisadePolicy",
                "PalisadeAudit",
                "PalisadeAccess",
                "PalisadeInjection",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
