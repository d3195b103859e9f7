import Foundation
import PalisadeTelemetry
import PalisadeCore
import PalisadeInjection
import Yams

/// Reads `palisade.yaml` on top of the defaults, then lets an environment variable override any
/// value: `server.port` is `PALISADE_SERVER_PORT`, `providers.openai.base_url` is
/// `PALISADE_PROVIDERS_OPENAI_BASE_URL`. Unknown keys are errors, not silently ignored, because
/// a misspelt limit that is ignored is a limit that is not enforced.
public struct ConfigurationLoader: Sendable {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func load(file path: String?) throws(ConfigurationError) -> GatewayConfiguration {
        guard let path else { return try load(yaml: "", source: "defaults") }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError(source: path, key: "", message: "cannot read the configuration file: \(error.localizedDescription)")
        }
        return try load(yaml: text, source: path)
    }

    public func load(yaml: String, source: String) throws(ConfigurationError) -> GatewayConfiguration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let YamlError.parser(_, problem, mark, _), let YamlError.scanner(_, problem, mark, _) {
            throw ConfigurationError(source: source, line: mark.line, key: "", message: "invalid YAML: \(problem)")
        } catch {
            throw ConfigurationError(source: source, key: "", message: "invalid YAML: \(error)")
        }
        var reader = ConfigurationReader(source: source, environment: environment)
        return try reader.read(root)
    }
}

/// Walks the YAML tree with the schema in hand, converting each value and remembering where it
/// came from for error messages.
struct ConfigurationReader {
    let source: String
    let environment: [String: String]

    mutating func read(_ root: Node?) throws(ConfigurationError) -> GatewayConfiguration {
        var configuration = GatewayConfiguration()
        let top = try mapping(root, path: [], allowed: ["server", "data_dir", "failure_mode", "timeouts", "providers", "routes", "applications", "redaction", "injection", "logging", "tracing", "policy", "audit", "limits", "pricing", "end_user_token", "siem", "risk", "exposure"])

        let server = try mapping(top["server"], path: ["server"], allowed: ["host", "port", "max_request_bytes", "max_response_bytes"])
        configuration.host = try value(server["host"], ["server", "host"], as: "a host name or address") { $0.isEmpty ? nil : $0 } ?? configuration.host
        configuration.port = try value(server["port"], ["server", "port"], as: "a port number from 1 to 65535") { Int($0).flatMap { (1...65535).contains($0) ? $0 : nil } } ?? configuration.port
        configuration.maxRequestBytes = try value(server["max_request_bytes"], ["server", "max_request_bytes"], as: "a size such as 4MiB, 512KiB or 1048576", parse: ByteSize.parse) ?? configuration.maxRequestBytes
        configuration.maxResponseBytes = try value(server["max_response_bytes"], ["server", "max_response_bytes"], as: "a size such as 64MiB", parse: ByteSize.parse) ?? configuration.maxResponseBytes

        configuration.dataDirectory = try value(top["data_dir"], ["data_dir"], as: "a directory path") { $0.isEmpty ? nil : $0 } ?? configuration.dataDirectory
        configuration.failureMode = try value(top["failure_mode"], ["failure_mode"], as: "`open` or `closed`", parse: FailureMode.init(rawValue:)) ?? configuration.failureMode

        let timeouts = try mapping(top["timeouts"], path: ["timeouts"], allowed: ["connect", "response", "idle"])
        for (key, keyPath) in [("connect", \UpstreamTimeouts.connect), ("response", \.response), ("idle", \.idle)] {
            if let duration = try value(timeouts[key], ["timeouts", key], as: "a duration such as 500ms, 30s or 2m", parse: DurationText.parse) {
                configuration.timeouts[keyPath: keyPath] = duration
            }
        }

        configuration.providers = try readProviders(top["providers"])
        configuration.routes = try readRoutes(top["routes"], providers: configuration.providers)
        configuration.applications = try readApplications(top["applications"])

        let redaction = try mapping(top["redaction"], path: ["redaction"], allowed: ["retention", "key_file"])
        configuration.redaction.retention = try value(redaction["retention"], ["redaction", "retention"], as: "a duration such as 24h", parse: DurationText.parse) ?? configuration.redaction.retention
        configuration.redaction.keyFile = try value(redaction["key_file"], ["redaction", "key_file"], as: "a file path") { $0.isEmpty ? nil : $0 }

        let injection = try mapping(top["injection"], path: ["injection"], allowed: ["sensitivity", "second_opinion"])
        configuration.injectionSensitivity = try value(injection["sensitivity"], ["injection", "sensitivity"], as: "low, balanced or strict", parse: SensitivityLevel.init(rawValue:)) ?? configuration.injectionSensitivity
        configuration.injectionSecondOpinion = try readSecondOpinion(injection["second_opinion"], providers: configuration.providers)

        let logging = try mapping(top["logging"], path: ["logging"], allowed: ["level", "format"])
        let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
        configuration.logLevel = try value(logging["level"], ["logging", "level"], as: "one of \(levels.joined(separator: ", "))") { levels.contains($0) ? $0 : nil } ?? configuration.logLevel
        configuration.logFormat = try value(logging["format"], ["logging", "format"], as: "`json` or `text`", parse: LogFormat.init(rawValue:)) ?? configuration.logFormat

        let tracing = try mapping(top["tracing"], path: ["tracing"], allowed: ["otlp_endpoint", "otlp_protocol", "service_name"])
        configuration.tracing.otlpEndpoint = try value(tracing["otlp_endpoint"], ["tracing", "otlp_endpoint"], as: "an http or https URL", parse: Self.parseBaseURL)
        configuration.tracing.otlpProtocol = try value(tracing["otlp_protocol"], ["tracing", "otlp_protocol"], as: "`http/protobuf` or `http/json`", parse: OTLPProtocol.init(rawValue:)) ?? configuration.tracing.otlpProtocol
        configuration.tracing.serviceName = try value(tracing["service_name"], ["tracing", "service_name"], as: "a service name") { $0.isEmpty ? nil : $0 } ?? configuration.tracing.serviceName

        let policy = try mapping(top["policy"], path: ["policy"], allowed: ["file", "poll_interval"])
        configuration.policy.file = try value(policy["file"], ["policy", "file"], as: "a file path") { $0.isEmpty ? nil : $0 }
        configuration.policy.pollInterval = try value(policy["poll_interval"], ["policy", "poll_interval"], as: "a duration such as 2s", parse: DurationText.parse) ?? configuration.policy.pollInterval

        let audit = try mapping(top["audit"], path: ["audit"], allowed: ["enabled", "capture", "durability", "retention", "key_file", "signing_key_file", "checkpoint_every", "checkpoint_interval"])
        configuration.audit.enabled = try value(audit["enabled"], ["audit", "enabled"], as: "true or false", parse: Self.parseBool) ?? configuration.audit.enabled
        configuration.audit.capture = try value(audit["capture"], ["audit", "capture"], as: "full, masked or metadata", parse: AuditCapture.init(rawValue:)) ?? configuration.audit.capture
        configuration.audit.durability = try value(audit["durability"], ["audit", "durability"], as: "durable or async", parse: AuditDurability.init(rawValue:)) ?? configuration.audit.durability
        configuration.audit.retention = try value(audit["retention"], ["audit", "retention"], as: "a duration such as 90d", parse: DurationText.parse)
        configuration.audit.keyFile = try value(audit["key_file"], ["audit", "key_file"], as: "a file path") { $0.isEmpty ? nil : $0 }
        configuration.audit.signingKeyFile = try value(audit["signing_key_file"], ["audit", "signing_key_file"], as: "a file path") { $0.isEmpty ? nil : $0 }
        configuration.audit.checkpointEvery = try value(audit["checkpoint_every"], ["audit", "checkpoint_every"], as: "a whole number of events, at least 1") { Int($0).flatMap { $0 >= 1 ? $0 : nil } } ?? configuration.audit.checkpointEvery
        configuration.audit.checkpointInterval = try value(audit["checkpoint_interval"], ["audit", "checkpoint_interval"], as: "a duration such as 60s", parse: DurationText.parse) ?? configuration.audit.checkpointInterval

        let limits = try mapping(top["limits"], path: ["limits"], allowed: ["application", "end_user", "client_ip"])
        configuration.limits.application = try readLimits(limits["application"], path: ["limits", "application"], budgets: false)
        configuration.limits.endUser = try readLimits(limits["end_user"], path: ["limits", "end_user"], budgets: false)
        configuration.limits.clientIP = try readLimits(limits["client_ip"], path: ["limits", "client_ip"], budgets: false)

        let pricing = try mapping(top["pricing"], path: ["pricing"], allowed: nil)
        for model in pricing.keys.sorted() {
            let path = ["pricing", model]
            let price = try mapping(pricing[model], path: path, allowed: ["input", "output"])
            let input = try value(price["input"], path + ["input"], as: "USD per million input tokens, such as 2.5") { Decimal(string: $0).flatMap { $0 >= 0 ? $0 : nil } }
            let output = try value(price["output"], path + ["output"], as: "USD per million output tokens, such as 10") { Decimal(string: $0).flatMap { $0 >= 0 ? $0 : nil } }
            guard let input, let output else { throw error(at: pricing[model], path: path, "needs both `input` and `output` prices") }
            configuration.pricing[model] = PriceOverride(input: input, output: output)
        }

        let siem = try mapping(top["siem"], path: ["siem"], allowed: ["webhook_url", "webhook_token_env", "syslog_host", "syslog_port", "syslog_transport"])
        configuration.siem.webhookURL = try value(siem["webhook_url"], ["siem", "webhook_url"], as: "an http or https URL", parse: Self.parseBaseURL)
        configuration.siem.webhookTokenVariable = try value(siem["webhook_token_env"], ["siem", "webhook_token_env"], as: "an environment variable name") { $0.isEmpty ? nil : $0 }
        configuration.siem.syslogHost = try value(siem["syslog_host"], ["siem", "syslog_host"], as: "a host name or address") { $0.isEmpty ? nil : $0 }
        configuration.siem.syslogPort = try value(siem["syslog_port"], ["siem", "syslog_port"], as: "a port number from 1 to 65535") { Int($0).flatMap { (1...65535).contains($0) ? $0 : nil } } ?? configuration.siem.syslogPort
        configuration.siem.syslogTransport = try value(siem["syslog_transport"], ["siem", "syslog_transport"], as: "`udp` or `tcp`", parse: SyslogSink.Transport.init(rawValue:)) ?? configuration.siem.syslogTransport

        if top["end_user_token"] != nil {
            let token = try mapping(top["end_user_token"], path: ["end_user_token"], allowed: ["issuer", "audience", "claim", "header", "jwks_file", "jwks_url", "jwks_refresh", "public_key_file", "hmac_secret_env"])
            let reader = self
            let text = { (key: String) throws(ConfigurationError) -> String? in
                try reader.value(token[key], ["end_user_token", key], as: "a non-empty string") { $0.isEmpty ? nil : $0 }
            }
            guard let issuer = try text("issuer"), let audience = try text("audience") else {
                throw error(at: top["end_user_token"], path: ["end_user_token"], "needs `issuer` and `audience`")
            }
            var settings = EndUserTokenSettings(issuer: issuer, audience: audience)
            settings.claim = try text("claim") ?? settings.claim
            settings.header = try text("header") ?? settings.header
            settings.jwksFile = try text("jwks_file")
            settings.jwksURL = try value(token["jwks_url"], ["end_user_token", "jwks_url"], as: "an http or https URL", parse: Self.parseBaseURL)
            settings.jwksRefresh = try value(token["jwks_refresh"], ["end_user_token", "jwks_refresh"], as: "a duration such as 10m", parse: DurationText.parse) ?? settings.jwksRefresh
            settings.publicKeyFile = try text("public_key_file")
            settings.hmacSecretVariable = try text("hmac_secret_env")
            guard [settings.jwksFile, settings.jwksURL, settings.publicKeyFile, settings.hmacSecretVariable].compactMap({ $0 }).count == 1 else {
                throw error(at: top["end_user_token"], path: ["end_user_token"], "needs exactly one of `jwks_url`, `jwks_file`, `public_key_file` or `hmac_secret_env`")
            }
            configuration.endUserToken = settings
        }
        configuration.risk = try readRiskModel(top["risk"])
        configuration.exposure = try readExposure(top["exposure"])
        return configuration
    }

    private mutating func readProviders(_ node: Node?) throws(ConfigurationError) -> [String: ProviderEndpoint] {
        var providers = ProviderEndpoint.defaults
        let declared = try mapping(node, path: ["providers"], allowed: nil)
        if node != nil { providers = [:] }
        var names = Set(providers.keys)
        names.formUnion(declared.keys)
        for name in names.sorted() {
            let path = ["providers", name]
            let fields = try mapping(declared[name], path: path, allowed: ["format", "base_url", "api_key_env"])
            let fallback = ProviderEndpoint.defaults[name]
            guard let format = try value(fields["format"], path + ["format"], as: "`openai` or `anthropic`", parse: Provider.init(rawValue:)) ?? fallback?.format else {
                throw error(at: declared.node(name), path: path + ["format"], "missing: say whether this provider speaks `openai` or `anthropic`")
            }
            guard let baseURL = try value(fields["base_url"], path + ["base_url"], as: "an http:// or https:// URL", parse: Self.parseBaseURL) ?? fallback?.baseURL else {
                throw error(at: declared.node(name), path: path + ["base_url"], "missing: the provider's base URL as its SDK writes it")
            }
            let keyVariable = try value(fields["api_key_env"], path + ["api_key_env"], as: "an environment variable name") { $0 } ?? fallback?.apiKeyVariable
            let apiKey = keyVariable.flatMap { environment[$0] }.flatMap { $0.isEmpty ? nil : $0 }
            providers[name] = ProviderEndpoint(name: name, format: format, baseURL: baseURL, apiKey: apiKey, apiKeyVariable: keyVariable)
        }
        return providers
    }

    private func readRoutes(_ node: Node?, providers: [String: ProviderEndpoint]) throws(ConfigurationError) -> [ModelRoute] {
        guard let node else { return [] }
        guard case .sequence(let sequence) = node else {
            throw error(at: node, path: ["routes"], "expected a list of `- model: PATTERN` / `provider: NAME` entries")
        }
        var routes: [ModelRoute] = []
        for (index, entry) in sequence.enumerated() {
            let path = ["routes[\(index)]"]
            let fields = try mapping(entry, path: path, allowed: ["model", "provider"])
            guard let pattern = fields["model"]?.scalar?.string, !pattern.isEmpty else {
                throw error(at: entry, path: path + ["model"], "missing: a model name or glob such as `claude-*`")
            }
            guard let provider = try knownProvider(fields["provider"], path + ["provider"], in: providers) else {
                throw error(at: entry, path: path + ["provider"], "missing: the name of a provider under `providers`")
            }
            routes.append(ModelRoute(pattern: pattern, provider: provider))
        }
        return routes
    }

    /// The provider name `node` holds, which must be declared under `providers`; `nil` if absent.
    private func knownProvider(_ node: Node?, _ path: [String], in providers: [String: ProviderEndpoint]) throws(ConfigurationError) -> String? {
        guard let name = node?.scalar?.string else { return nil }
        guard providers[name] != nil else {
            let known = providers.keys.sorted().joined(separator: ", ")
            throw error(at: node, path: path, "no provider named '\(name)' (known: \(known))")
        }
        return name
    }

    private func readSecondOpinion(_ node: Node?, providers: [String: ProviderEndpoint]) throws(ConfigurationError) -> SecondOpinionSettings? {
        guard let node else { return nil }
        let path = ["injection", "second_opinion"]
        let fields = try mapping(node, path: path, allowed: ["provider", "model", "timeout", "max_per_minute", "max_output_tokens"])
        guard let provider = try knownProvider(fields["provider"], path + ["provider"], in: providers) else {
            throw error(at: node, path: path + ["provider"], "missing: the name of a provider under `providers`")
        }
        guard let model = try value(fields["model"], path + ["model"], as: "a model name", parse: { $0.isEmpty ? nil : $0 }) else {
            throw error(at: node, path: path + ["model"], "missing: the model that judges, such as gpt-4.1-mini")
        }
        var settings = SecondOpinionSettings(provider: provider, model: model)
        settings.timeout = try value(fields["timeout"], path + ["timeout"], as: "a duration such as 500ms or 3s", parse: DurationText.parse) ?? settings.timeout
        settings.maxPerMinute = try value(fields["max_per_minute"], path + ["max_per_minute"], as: "a whole number of calls, at least 1") {
            Int($0).flatMap { $0 >= 1 ? $0 : nil }
        } ?? settings.maxPerMinute
        settings.maxOutputTokens = try value(fields["max_output_tokens"], path + ["max_output_tokens"], as: "a whole number of tokens, at least 1") {
            Int($0).flatMap { $0 >= 1 ? $0 : nil }
        } ?? settings.maxOutputTokens
        return settings
    }

    private func readApplications(_ node: Node?) throws(ConfigurationError) -> [String: ApplicationSettings] {
        let declared = try mapping(node, path: ["applications"], allowed: nil)
        var applications: [String: ApplicationSettings] = [:]
        for name in declared.keys {
            let path = ["applications", name]
            let fields = try mapping(declared[name], path: path, allowed: ["max_request_bytes", "redact", "block_injection", "audit_capture", "audit_durability", "limits"])
            applications[name] = ApplicationSettings(
                maxRequestBytes: try value(fields["max_request_bytes"], path + ["max_request_bytes"], as: "a size such as 1MiB", parse: ByteSize.parse),
                redact: try value(fields["redact"], path + ["redact"], as: "true or false", parse: Self.parseBool) ?? false,
                blockInjection: try value(fields["block_injection"], path + ["block_injection"], as: "true or false", parse: Self.parseBool) ?? false,
                auditCapture: try value(fields["audit_capture"], path + ["audit_capture"], as: "full, masked or metadata", parse: AuditCapture.init(rawValue:)),
                auditDurability: try value(fields["audit_durability"], path + ["audit_durability"], as: "durable or async", parse: AuditDurability.init(rawValue:)),
                limits: try readLimits(fields["limits"], path: path + ["limits"], budgets: true)
            )
        }
        return applications
    }

    /// `requests: 600/1m`, `tokens: 100000/1h`, `concurrent: 20`, and for applications
    /// `daily_budget: {soft: 50, hard: 100}` and `monthly_budget` in USD.
    private func readLimits(_ node: Node?, path: [String], budgets: Bool) throws(ConfigurationError) -> KeyLimits? {
        guard node != nil else { return nil }
        let allowed: Set<String> = budgets ? ["requests", "tokens", "concurrent", "daily_budget", "monthly_budget"] : ["requests", "tokens", "concurrent"]
        let fields = try mapping(node, path: path, allowed: allowed)
        var limits = KeyLimits()
        limits.requests = try value(fields["requests"], path + ["requests"], as: "a rate such as 600/1m", parse: RateText.parse)
        limits.tokens = try value(fields["tokens"], path + ["tokens"], as: "a rate such as 100000/1m", parse: RateText.parse)
        limits.concurrentRequests = try value(fields["concurrent"], path + ["concurrent"], as: "a whole number of requests, at least 1") { Int($0).flatMap { $0 >= 1 ? $0 : nil } }
        for (key, keyPath) in [("daily_budget", \KeyLimits.dailyBudget), ("monthly_budget", \.monthlyBudget)] where fields[key] != nil {
            let budget = try mapping(fields[key], path: path + [key], allowed: ["soft", "hard"])
            let amount = { (field: String) throws(ConfigurationError) -> Decimal? in
                try self.value(budget[field], path + [key, field], as: "an amount in USD, such as 25") { Decimal(string: $0).flatMap { $0 > 0 ? $0 : nil } }
            }
            limits[keyPath: keyPath] = CostBudget(soft: try amount("soft"), hard: try amount("hard"))
        }
        return limits
    }

    private static func parseBool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on": true
        case "false", "no", "off": false
        default: nil
        }
    }

    private static func parseBaseURL(_ text: String) -> String? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host != nil else {
            return nil
        }
        return text
    }

    // MARK: - Typed access

    /// A mapping's entries by key, with the key nodes kept for their line numbers.
    struct Entries {
        var values: [String: Node] = [:]
        var keyNodes: [String: Node] = [:]
        var keys: [String] { Array(values.keys) }
        subscript(key: String) -> Node? { values[key] }
        func node(_ key: String) -> Node? { keyNodes[key] }
    }

    func mapping(_ node: Node?, path: [String], allowed: Set<String>?) throws(ConfigurationError) -> Entries {
        guard let node else { return Entries() }
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" {
            return Entries()
        }
        guard case .mapping(let mapping) = node else {
            throw error(at: node, path: path, "expected a mapping of keys to values")
        }
        var entries = Entries()
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw error(at: key, path: path, "keys must be plain text")
            }
            if let allowed, !allowed.contains(name) {
                throw error(at: key, path: path + [name], "unknown key; expected one of: \(allowed.sorted().joined(separator: ", "))")
            }
            entries.values[name] = value
            entries.keyNodes[name] = key
        }
        return entries
    }

    /// The value at `path`: from the environment if set there, else from the file; `nil` if neither.
    func value<T>(_ node: Node?, _ path: [String], as expected: String, parse: (String) -> T?) throws(ConfigurationError) -> T? {
        let variable = Self.environmentVariable(for: path)
        if let text = environment[variable] {
            guard let parsed = parse(text) else {
                throw ConfigurationError(source: "environment", key: variable, message: "expected \(expected), got '\(text)'")
            }
            return parsed
        }
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            throw error(at: node, path: path, "expected \(expected), got a \(node.isMapping ? "mapping" : "list")")
        }
        guard let parsed = parse(scalar.string) else {
            throw error(at: node, path: path, "expected \(expected), got '\(scalar.string)'")
        }
        return parsed
    }

    static func environmentVariable(for path: [String]) -> String {
        let name = path.joined(separator: "_").uppercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }
        return "PALISADE_" + String(name)
    }

    func error(at node: Node?, path: [String], _ message: String) -> ConfigurationError {
        ConfigurationError(source: source, line: node?.mark?.line, key: path.joined(separator: "."), message: message)
    }
}

extension Node {
    fileprivate var isMapping: Bool {
        if case .mapping = self { return true }
        return false
    }
}
