import Foundation
import NIOHTTP1
import PalisadeBench
import PalisadeCore
import PalisadeGateway
import PalisadeInjection
import PalisadePolicy
import PalisadeTelemetry
import Testing

@Suite struct ConfigurationLoaderTests {
    private func load(_ yaml: String, environment: [String: String] = [:]) throws -> GatewayConfiguration {
        try ConfigurationLoader(environment: environment).load(yaml: yaml, source: "palisade.yaml")
    }

    private func error(_ yaml: String, environment: [String: String] = [:]) -> ConfigurationError? {
        do {
            _ = try load(yaml, environment: environment)
            return nil
        } catch let error as ConfigurationError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func defaultsNeedNoFile() throws {
        let configuration = try load("")
        #expect(configuration.port == 8080)
        #expect(configuration.maxRequestBytes == 4 << 20)
        #expect(configuration.maxResponseBytes == 64 << 20)
        #expect(configuration.failureMode == .closed)
        #expect(configuration.providers["openai"]?.baseURL == "https://api.openai.com/v1")
        #expect(configuration.providers["anthropic"]?.format == .anthropic)
    }

    @Test func aCompleteFileIsRead() throws {
        let configuration = try load(
            """
            server:
              host: 0.0.0.0
              port: 9000
              max_request_bytes: 1MiB
              max_response_bytes: 16MiB
            data_dir: /var/lib/palisade
            failure_mode: open
            timeouts:
              connect: 2s
              response: 90s
              idle: 500ms
            providers:
              openai:
                format: openai
                base_url: https://api.openai.com/v1
                api_key_env: OPENAI_KEY_FOR_TEST
              local:
                format: openai
                base_url: http://127.0.0.1:8000/v1
            routes:
              - model: "llama-*"
                provider: local
            applications:
              support-bot:
                max_request_bytes: 64KiB
            logging:
              level: debug
              format: text
            """,
            environment: ["OPENAI_KEY_FOR_TEST": "sk-test"]
        )
        #expect(configuration.host == "0.0.0.0")
        #expect(configuration.port == 9000)
        #expect(configuration.maxRequestBytes == 1 << 20)
        #expect(configuration.maxResponseBytes == 16 << 20)
        #expect(configuration.failureMode == .open)
        #expect(configuration.timeouts.idle == .milliseconds(500))
        #expect(configuration.providers["openai"]?.apiKey == "sk-test")
        #expect(configuration.providers["anthropic"] == nil)
        #expect(configuration.applications["support-bot"]?.maxRequestBytes == 64 << 10)
        #expect(configuration.provider(for: .openai, model: "llama-3-70b")?.name == "local")
        #expect(configuration.provider(for: .openai, model: "gpt-4o")?.name == "openai")
        #expect(configuration.provider(for: .anthropic, model: "claude") == nil)
    }

    @Test func environmentVariablesOverrideTheFile() throws {
        let configuration = try load("server:\n  port: 9000\n", environment: ["PALISADE_SERVER_PORT": "9100", "PALISADE_PROVIDERS_OPENAI_BASE_URL": "http://127.0.0.1:1/v1"])
        #expect(configuration.port == 9100)
        #expect(configuration.providers["openai"]?.baseURL == "http://127.0.0.1:1/v1")
        #expect(error("", environment: ["PALISADE_SERVER_PORT": "eighty"])?.description == "environment: PALISADE_SERVER_PORT: expected a port number from 1 to 65535, got 'eighty'")
    }

    @Test func mistakesNameTheLineAndTheKey() {
        #expect(error("server:\n  port: 99999\n")?.description == "palisade.yaml:2: server.port: expected a port number from 1 to 65535, got '99999'")
        let unknown = error("server:\n  prot: 80\n")
        #expect(unknown?.line == 2)
        #expect(unknown?.key == "server.prot")
        #expect(unknown?.message.contains("expected one of: host, max_request_bytes, max_response_bytes, port") == true)
        #expect(error("failure_mode: sometimes\n")?.line == 1)
        #expect(error("timeouts:\n  idle: soon\n")?.key == "timeouts.idle")
        #expect(error("routes:\n  - model: x\n    provider: nowhere\n")?.line == 3)
        #expect(error("providers:\n  mine:\n    base_url: http://x\n")?.key == "providers.mine.format")
        #expect(error("providers:\n  openai:\n    base_url: not a url\n")?.line == 3)
        #expect(error("server: [1, 2\n")?.message.hasPrefix("invalid YAML") == true)
    }

    @Test func theInjectionSecondOpinionNamesAConfiguredProvider() throws {
        let configuration = try load(
            """
            injection:
              sensitivity: strict
              second_opinion:
                provider: anthropic
                model: claude-haiku-4-5
                timeout: 1500ms
                max_per_minute: 20
            """
        )
        #expect(configuration.injectionSensitivity == .strict)
        let judge = try #require(configuration.injectionSecondOpinion)
        #expect(judge.provider == "anthropic")
        #expect(judge.model == "claude-haiku-4-5")
        #expect(judge.timeout == .milliseconds(1500))
        #expect(judge.maxPerMinute == 20)
        #expect(judge.maxOutputTokens == 16)
        #expect(try load("").injectionSecondOpinion == nil)

        let unknown = error("injection:\n  second_opinion:\n    provider: judge\n    model: m\n")
        #expect(unknown?.line == 3)
        #expect(unknown?.message == "no provider named 'judge' (known: anthropic, openai)")
        #expect(error("injection:\n  second_opinion:\n    provider: openai\n")?.key == "injection.second_opinion.model")
        #expect(error("injection:\n  second_opinion:\n    provider: openai\n    model: m\n    max_per_minute: 0\n")?.line == 5)
    }

    @Test func theRiskModelAndExposureAssumptionsAreConfigurable() throws {
        let configuration = try load(
            """
            risk:
              reach: {points: 20, saturation: 50}
              sensitivity: {credential: 30}
              attacks: {points: 40, scale: 2}
              controls: {enforce: 0.5, maximum: 0.7}
              threat_half_life_days: 3
              levels: {medium: 20, high: 40, critical: 60}
            exposure:
              financial: {usd_per_record: 250, basis: "Our 2025 incident costs."}
            """
        )
        #expect(configuration.risk.reach == .init(points: 20, saturation: 50))
        #expect(configuration.risk.sensitivity[.credential] == 30)
        #expect(configuration.risk.sensitivity[.contact] == RiskModel.default.sensitivity[.contact])
        #expect(configuration.risk.attacks == .init(points: 40, scale: 2))
        #expect(configuration.risk.leaks == RiskModel.default.leaks)
        #expect(configuration.risk.controls.enforceReduction == 0.5)
        #expect(configuration.risk.threatHalfLife == 3 * 86_400)
        #expect(configuration.risk.levels.critical == 60)
        #expect(configuration.exposure.costs[.financial] == .init(usdPerRecord: 250, basis: "Our 2025 incident costs."))
        #expect(configuration.exposure.costs[.credential] == MonetaryExposureAssumptions.default.costs[.credential])

        #expect(error("risk:\n  controls:\n    monitor: 0.5\n    enforce: 0.2\n")?.key == "risk.controls.monitor")
        #expect(error("risk:\n  levels: {medium: 60, high: 40}\n")?.message == "needs medium < high < critical")
        #expect(error("risk:\n  attacks:\n    scale: 0\n")?.line == 3)
        #expect(error("risk:\n  sensitivity:\n    passwords: 3\n")?.key == "risk.sensitivity.passwords")
        #expect(error("exposure:\n  contact: {basis: cheap}\n")?.message == "needs `usd_per_record`")
    }

    /// The README's "complete file" is what operators copy; it must load as written.
    @Test func theREADMEConfigurationExampleLoads() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.range(of: "## Configuration"))
        let start = try #require(text.range(of: "```yaml\n", range: section.upperBound..<text.endIndex))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let configuration = try load(String(text[start.upperBound..<end.lowerBound]), environment: ["SIEM_TOKEN": "t"])
        #expect(configuration.siem.webhookURL != nil)
        #expect(configuration.exposure.costs[.financial]?.usdPerRecord == 173)
    }

    @Test func policyFilesAreValidatedAgainstTheDetectorsTypes() throws {
        let policy = """
            version: 1
            default:
              rules:
                - id: mask-mail
                  match: { kind: pii, types: [EMIAL] }
                  action: redact
                - id: block-keys
                  match: { kind: secret, types: [AWS_ACCESS_KEY, GITHUB_TOKEN] }
                  action: block
            """
        do {
            _ = try PolicySet.parse(Array(policy.utf8), file: "policy.yaml", vocabulary: .gateway)
            Issue.record("a rule on a type no detector reports was loaded")
        } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems.first?.line == 5)
            #expect(error.problems.first?.message.contains("unknown type `EMIAL`") == true)
            #expect(error.problems.first?.message.contains("EMAIL") == true, "suggests the type meant")
        }
    }

    /// The README's policy example is what operators start from; it must load with the gateway's vocabulary.
    @Test func theREADMEPolicyExampleLoads() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let example = try #require(text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "\n```")[0] }.first { $0.hasPrefix("version: 1") })
        let policies = try PolicySet.parse(Array(example.utf8), file: "README.md", vocabulary: .gateway)
        #expect(policies.applicationNames == ["support-bot"])
        #expect(policies.policy(for: "support-bot").mode == .monitor)
        #expect(policies.policy(for: "any-other-app").mode == .enforce)
    }

    @Test func globRoutes() {
        #expect(ModelRoute(pattern: "claude-*", provider: "a").matches("claude-sonnet-4"))
        #expect(ModelRoute(pattern: "*-mini", provider: "a").matches("gpt-4o-mini"))
        #expect(ModelRoute(pattern: "gpt-?o", provider: "a").matches("gpt-4o"))
        #expect(!ModelRoute(pattern: "gpt-*", provider: "a").matches("claude"))
    }
}
