import Foundation
import PalisadeCore
import PalisadeInjection
import PalisadeTelemetry

/// Everything `palisade serve` can be told, with the defaults it runs on when told nothing.
public struct GatewayConfiguration: Sendable, Hashable {
    public var host = "127.0.0.1"
    public var port = 8080
    public var dataDirectory = "./palisade-data"
    /// Request bodies above this are refused with 413 before they are read in full.
    public var maxRequestBytes = 4 << 20
    /// Upstream answers above this, whole or streamed, end with 502: the gateway holds an answer
    /// to inspect it, so a faulty upstream must not make it hold without limit.
    public var maxResponseBytes = 64 << 20
    public var failureMode = FailureMode.closed
    public var timeouts = UpstreamTimeouts()
    public var providers: [String: ProviderEndpoint] = ProviderEndpoint.defaults
    /// Tried in order; the first whose pattern matches the request's model chooses the provider.
    public var routes: [ModelRoute] = []
    public var applications: [String: ApplicationSettings] = [:]
    public var redaction = RedactionSettings()
    /// Which injection score counts as an attempt: `low` flags the fewest, `strict` the most.
    public var injectionSensitivity = SensitivityLevel.balanced
    /// An LLM asked to judge the texts the injection classifier is unsure about; off when `nil`.
    public var injectionSecondOpinion: SecondOpinionSettings?
    public var logLevel = "info"
    public var logFormat = LogFormat.json
    public var tracing = TracingSettings()
    public var policy = PolicySettings()
    /// Default limits per application, per end user and per client IP; an application's own
    /// `limits` replace the application default, and a key's limits apply on top.
    public var limits = ScopeLimits()
    /// Prices per million tokens that replace or extend the bundled pricing table, by model glob.
    public var pricing: [String: PriceOverride] = [:]
    /// How end users are identified from a JWT of the customer's identity provider.
    public var endUserToken: EndUserTokenSettings?
    /// Where security findings go as OCSF events.
    public var siem = SIEMSettings()
    public var audit = AuditSettings()
    /// The weights of the per-application risk score (see `RiskModel`).
    public var risk = RiskModel.default
    /// What one exposed record costs per class of data, for reports' monetary-exposure estimate.
    public var exposure = MonetaryExposureAssumptions.default

    public init() {}

    /// The provider a request goes to: the first matching route of the request's format, else the
    /// format's default provider (the one named after the format, else the only one of it).
    public func provider(for format: Provider, model: String?) -> ProviderEndpoint? {
        if let model {
            for route in routes where route.matches(model) {
                if let endpoint = providers[route.provider], endpoint.format == format { return endpoint }
            }
        }
        if let named = providers[format.rawValue], named.format == format { return named }
        let candidates = providers.values.filter { $0.format == format }.sorted { $0.name < $1.name }
        return candidates.first
    }
}

/// What Palisade does when its own machinery (store, inspection) fails while serving a request.
/// Authentication never fails open: an unidentified caller is always refused.
public enum FailureMode: String, Sendable, Hashable, CaseIterable {
    /// Refuse with 503: nothing passes that Palisade could not check and record.
    case closed
    /// Forward anyway and count the failure: availability over control.
    case open
}

public enum LogFormat: String, Sendable, Hashable, CaseIterable {
    case json
    case text
}

/// Limits on waiting for an upstream. There is no limit on a whole stream's length, only on
/// silence, because a long answer is not a fault.
public struct UpstreamTimeouts: Sendable, Hashable {
    public var connect: Duration = .seconds(10)
    /// Until the upstream's response head arrives.
    public var response: Duration = .seconds(120)
    /// Longest silence between two pieces of a response body.
    public var idle: Duration = .seconds(60)

    public init() {}
}

/// An upstream LLM API.
public struct ProviderEndpoint: Sendable, Hashable {
    public var name: String
    public var format: Provider
    /// As the provider's SDK writes it: OpenAI's ends in `/v1`, Anthropic's does not.
    public var baseURL: String
    public var apiKey: String?
    /// The environment variable the key was read from, for messages that must not print the key.
    public var apiKeyVariable: String?

    public init(name: String, format: Provider, baseURL: String, apiKey: String? = nil, apiKeyVariable: String? = nil) {
        self.name = name
        self.format = format
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.apiKeyVariable = apiKeyVariable
    }

    public static let defaults: [String: ProviderEndpoint] = [
        "openai": ProviderEndpoint(name: "openai", format: .openai, baseURL: "https://api.openai.com/v1", apiKeyVariable: "OPENAI_API_KEY"),
        "anthropic": ProviderEndpoint(name: "anthropic", format: .anthropic, baseURL: "https://api.anthropic.com", apiKeyVariable: "ANTHROPIC_API_KEY"),
    ]

    /// The full upstream URL for a request that arrived on `path` (always starting `/v1/`).
    public func url(forGatewayPath path: String, query: String?) -> String {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let relative: Substring
        switch format {
        case .openai: relative = path.hasPrefix("/v1/") ? path.dropFirst(3) : Substring(path)
        case .anthropic: relative = Substring(path)
        }
        guard let query, !query.isEmpty else { return base + relative }
        return base + relative + "?" + query
    }
}

/// Sends models matching a glob (`claude-*`, `*-mini`) to a named provider.
public struct ModelRoute: Sendable, Hashable {
    public var pattern: String
    public var provider: String

    public init(pattern: String, provider: String) {
        self.pattern = pattern
        self.provider = provider
    }

    public func matches(_ model: String) -> Bool {
        NamePattern(pattern).matches(model)
    }
}

/// The LLM that judges texts whose injection score falls between the `strict` and `low`
/// thresholds, where the classifier alone is least reliable. Above `low` the classifier decides
/// alone; below `strict` nothing is asked. When the judge is slow, failing or over its rate, the
/// classifier's own decision at the configured sensitivity stands.
public struct SecondOpinionSettings: Sendable, Hashable {
    /// A provider under `providers`, whose credentials the judge's calls use.
    public var provider: String
    public var model: String
    /// The longest a request waits for the verdict; the judge's call counts against its latency.
    public var timeout: Duration = .seconds(3)
    /// Calls per minute across the gateway; beyond it the classifier alone decides.
    public var maxPerMinute = 60
    /// Room for the one-word verdict; reasoning models need more, since their thinking counts.
    public var maxOutputTokens = 16

    public init(provider: String, model: String) {
        self.provider = provider
        self.model = model
    }
}

/// Settings of one application, by application name.
public struct ApplicationSettings: Sendable, Hashable {
    public var maxRequestBytes: Int?
    /// Mask personal data and secrets before requests leave, restore them in answers.
    public var redact: Bool
    /// Refuse requests in which the injection detector finds an attempt (otherwise it is recorded).
    public var blockInjection: Bool
    /// What of this application's payloads the audit log keeps; default `audit.capture`.
    public var auditCapture: AuditCapture?
    /// Whether answers wait for their audit event to be durable; default `audit.durability`.
    public var auditDurability: AuditDurability?
    /// Replaces `limits.application` for this application; budgets come from here only.
    public var limits: KeyLimits?

    public init(
        maxRequestBytes: Int? = nil, redact: Bool = false, blockInjection: Bool = false,
        auditCapture: AuditCapture? = nil, auditDurability: AuditDurability? = nil, limits: KeyLimits? = nil
    ) {
        self.maxRequestBytes = maxRequestBytes
        self.redact = redact
        self.blockInjection = blockInjection
        self.auditCapture = auditCapture
        self.auditDurability = auditDurability
        self.limits = limits
    }
}

/// SIEM sinks: an HTTPS webhook receiving JSON arrays of OCSF events, and RFC 5424 syslog.
public struct SIEMSettings: Sendable, Hashable {
    public var webhookURL: String?
    /// The environment variable holding a bearer token for the webhook.
    public var webhookTokenVariable: String?
    public var syslogHost: String?
    public var syslogPort = 514
    public var syslogTransport = SyslogSink.Transport.udp

    public init() {}
}

/// Default rate limits by scope.
public struct ScopeLimits: Sendable, Hashable {
    public var application: KeyLimits?
    public var endUser: KeyLimits?
    public var clientIP: KeyLimits?

    public init() {}
}

/// USD per million tokens.
public struct PriceOverride: Sendable, Hashable {
    public var input: Decimal
    public var output: Decimal

    public init(input: Decimal, output: Decimal) {
        self.input = input
        self.output = output
    }
}

/// A JWT from the customer's identity provider names the end user: sent in `header`, checked
/// against `issuer`, `audience` and the keys in one of the key settings.
public struct EndUserTokenSettings: Sendable, Hashable {
    public var issuer: String
    public var audience: String
    public var claim = "sub"
    public var header = "X-Palisade-User-Token"
    public var jwksFile: String?
    /// The identity provider's `jwks_uri`, fetched at start-up and again every `jwksRefresh`,
    /// so that keys the provider rotates in are accepted without a restart.
    public var jwksURL: String?
    public var jwksRefresh: Duration = .seconds(600)
    public var publicKeyFile: String?
    /// The environment variable holding an HS256 secret.
    public var hmacSecretVariable: String?

    public init(issuer: String, audience: String) {
        self.issuer = issuer
        self.audience = audience
    }
}

/// The policy file and how it is watched. Without a file, only the applications' own
/// `redact` and `block_injection` settings act.
public struct PolicySettings: Sendable, Hashable {
    public var file: String?
    /// How often the file is checked for changes; `SIGHUP` reloads at once.
    public var pollInterval: Duration = .seconds(2)

    public init() {}
}

/// The audit log: where its keys are, what it keeps and for how long.
public struct AuditSettings: Sendable, Hashable {
    public var enabled = true
    public var capture = AuditCapture.masked
    public var durability = AuditDurability.durable
    /// Events older than this are purged (with a signed record of the purge); `nil` keeps all.
    public var retention: Duration?
    /// Default `audit.key` in the data directory; `PALISADE_AUDIT_KEY` wins.
    public var keyFile: String?
    /// Default `audit-signing.key` in the data directory; its public half is written beside it.
    public var signingKeyFile: String?
    public var checkpointEvery = 1_000
    public var checkpointInterval: Duration = .seconds(60)

    public init() {}
}

/// `full`: the bodies as the application sent and received them and as the provider saw
/// them; `masked`: only what the provider saw (after masking); `metadata`: no bodies.
public enum AuditCapture: String, Sendable, Hashable, CaseIterable {
    case full
    case masked
    case metadata
}

/// `durable`: an answer leaves only once its audit event is committed; `async`: it does not
/// wait, and a crash can lose the events of the last moments (see the README).
public enum AuditDurability: String, Sendable, Hashable, CaseIterable {
    case durable
    case async
}

/// Where spans go. Without an endpoint no spans are exported.
public struct TracingSettings: Sendable, Hashable {
    /// The OTLP/HTTP traces URL, used as given (`http://collector:4318/v1/traces`).
    public var otlpEndpoint: String?
    /// `http/protobuf` (what collectors expect by default) or `http/json`.
    public var otlpProtocol = OTLPProtocol.protobuf
    public var serviceName = "palisade"

    public init() {}
}

public enum OTLPProtocol: String, Sendable, Hashable, CaseIterable {
    case protobuf = "http/protobuf"
    case json = "http/json"
}

/// Where redacted values are kept while they may still be restored.
public struct RedactionSettings: Sendable, Hashable {
    /// How long a placeholder stays restorable after its last use.
    public var retention: Duration = .seconds(24 * 3600)
    /// The vault key file; default `vault.key` in the data directory. `PALISADE_VAULT_KEY` wins.
    public var keyFile: String?

    public init() {}
}
