import Foundation
import PalisadeCore
import PalisadeGateway
import Testing

@testable import PalisadeBench

@Suite struct ProxyBenchmarkTests {
    /// A production configuration as `--config` would read it.
    private static var production: GatewayConfiguration {
        var configuration = GatewayConfiguration()
        configuration.host = "0.0.0.0"
        configuration.port = 443
        configuration.dataDirectory = "/var/lib/palisade"
        configuration.providers = ["openai": ProviderEndpoint(name: "openai", format: .openai, baseURL: "https://api.openai.com/v1", apiKey: "sk-live")]
        configuration.routes = [ModelRoute(pattern: "gpt-*", provider: "openai")]
        configuration.redaction.keyFile = "/etc/palisade/vault.key"
        configuration.audit.keyFile = "/etc/palisade/audit.key"
        configuration.audit.signingKeyFile = "/etc/palisade/audit-signing.key"
        configuration.audit.durability = .async
        configuration.failureMode = .open
        configuration.applications["bench"] = ApplicationSettings(redact: true)
        return configuration
    }

    @Test func theMeasuredGatewayKeepsTheSettingsButNeverTheKeysDataOrProviders() {
        var deployment = GatewayConfiguration()
        deployment.port = 0
        deployment.dataDirectory = "/tmp/palisade-bench-1"
        deployment.providers = ["openai": ProviderEndpoint(name: "openai", format: .openai, baseURL: "http://127.0.0.1:4100/v1")]

        let measured = ProxyBenchmark.measured(Self.production, in: deployment)
        #expect(measured.audit.durability == .async)
        #expect(measured.failureMode == .open)
        #expect(measured.applications["bench"]?.redact == true)

        #expect(measured.host == deployment.host)
        #expect(measured.port == 0)
        #expect(measured.dataDirectory == "/tmp/palisade-bench-1")
        #expect(measured.providers == deployment.providers)
        #expect(measured.routes.isEmpty)
        #expect(measured.redaction.keyFile == nil)
        #expect(measured.audit.keyFile == nil)
        #expect(measured.audit.signingKeyFile == nil)
    }
}

extension ProxyBenchmarkTests {
    /// The gateway remembers what it scanned; a benchmark of one text sent over and over would
    /// measure the memory, not the inspection that real, ever-different questions need.
    @Test func everyRequestAsksADifferentQuestionAfterTheSameSystemPrompt() throws {
        let bodies = (0..<3).map { ProxyBenchmark.body(stream: false, request: $0) }
        #expect(Set(bodies).count == 3)
        for stream in [false, true] {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(ProxyBenchmark.body(stream: stream, request: 7).utf8)) as? [String: Any])
            let messages = try #require(json["messages"] as? [[String: String]])
            #expect(messages.map { $0["role"] } == ["system", "user"])
            #expect(json["stream"] as? Bool == stream)
        }
    }
}
