import Foundation
import NIOHTTP1
import PalisadeBench
import PalisadeCore
import PalisadeGateway
import PalisadeProviders
import Testing

/// Masking and restoring end to end: the provider sees placeholders, the caller sees its data.
@Suite struct GatewayRedactionTests {
    private let email = "jane.doe@example.org"

    private func chat(_ text: String, stream: Bool = false) -> String {
        #"{"model":"any","stream":\#(stream),"messages":[{"role":"user","content":"\#(text)"}]}"#
    }

    private func run(redact: Bool, _ body: @escaping @Sendable (LocalDeployment.Endpoints, RecordingUpstream) async throws -> Void) async throws {
        let upstream = RecordingUpstream()
        try await upstream.run { port in
            try await GatewayFixture.run(configure: { configuration, _ in
                configuration.providers["openai"]?.baseURL = "http://127.0.0.1:\(port)/v1"
                configuration.applications["test-app"] = ApplicationSettings(redact: redact)
            }) { gateway in
                try await body(gateway, upstream)
            }
        }
    }

    @Test func theProviderSeesAPlaceholderAndTheCallerTheOriginal() async throws {
        try await run(redact: true) { gateway, upstream in
            let reply = try await gateway.send("/v1/chat/completions", body: chat("Write to me at \(email) please"), headers: [("x-palisade-session", "conv-1")])
            let forwarded = try #require(upstream.lastBody)
            #expect(!forwarded.contains(email))
            #expect(forwarded.contains("[EMAIL_1]"))
            #expect(reply.json?["choices", "0", "message", "content"] as? String == "You said: Write to me at \(email) please")

            let record = try #require(try await gateway.records().first)
            #expect(record.findings.contains { $0.type == "EMAIL" && $0.direction == .input && $0.role == .user })
        }
    }

    @Test func theSameValueKeepsItsPlaceholderAcrossTurns() async throws {
        try await run(redact: true) { gateway, upstream in
            _ = try await gateway.send("/v1/chat/completions", body: chat("I am \(email)"), headers: [("x-palisade-session", "conv-2")])
            _ = try await gateway.send("/v1/chat/completions", body: chat("Other: bob@example.net, again \(email)"), headers: [("x-palisade-session", "conv-2")])
            let second = try #require(upstream.lastBody)
            #expect(second.contains("[EMAIL_2], again [EMAIL_1]"))
        }
    }

    @Test func placeholdersSplitAcrossStreamedChunksAreRestored() async throws {
        try await run(redact: true) { gateway, upstream in
            let reply = try await gateway.send("/v1/chat/completions", body: chat("Mail \(email) and card 4539 1488 0343 6467", stream: true), headers: [("x-palisade-session", "conv-3")])
            #expect(!(upstream.lastBody ?? "").contains("4539 1488"))
            var parser = ServerSentEventParser()
            var text = ""
            for event in try parser.feed(Array(reply.body.utf8)) + parser.finish() where event.data != "[DONE]" {
                let chunk = try JSONValue.parse(event.data.utf8)
                text += chunk["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue ?? ""
            }
            #expect(text == "You said: Mail \(email) and card 4539 1488 0343 6467")
            #expect(!reply.body.contains("[EMAIL"))
        }
    }

    @Test func withoutRedactionDataIsFoundAndRecordedButForwardedAsIs() async throws {
        try await run(redact: false) { gateway, upstream in
            _ = try await gateway.send("/v1/chat/completions", body: chat("Key AKIAQ3EGUV2KZ7LNW4PM for \(email)"))
            #expect(upstream.lastBody?.contains(email) == true)
            let findings = try #require(try await gateway.records().first).findings
            #expect(Set(findings.map(\.kind)).isSuperset(of: [.pii, .secret]))
            #expect(findings.allSatisfy { !$0.evidence.contains(email) })
        }
    }
}
