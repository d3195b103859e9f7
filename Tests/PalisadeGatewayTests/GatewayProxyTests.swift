import Foundation
import NIOHTTP1
import PalisadeBench
import PalisadeCore
import PalisadeGateway
import Testing

@Suite struct GatewayProxyTests {
    @Test func chatCompletionPassesThroughAndIsRecorded() async throws {
        try await GatewayFixture.run { gateway in
            let reply = try await gateway.send("/v1/chat/completions", body: Bodies.chat, headers: [("x-palisade-session", "s-1")])
            #expect(reply.status == 200)
            #expect((reply.json?["choices", "0", "message", "content"] as? String)?.contains("capital of France") == true)
            let exchangeID = try #require(reply.headers.first(name: "x-palisade-request-id"))

            let record = try #require(try await gateway.records().first)
            #expect(record.id == exchangeID)
            #expect(record.applicationID == gateway.application.id)
            #expect(record.operation == .chatCompletions)
            #expect(record.model == "sim-gpt")
            #expect(record.status == 200)
            #expect(record.endUser == "body-user")
            #expect(record.session == "s-1")
            #expect(record.clientIP == "127.0.0.1")
            #expect(record.usage.input > 0 && record.usage.output > 0)
            #expect(!record.usage.estimated)
        }
    }

    @Test func theUserHeaderWinsOverTheBodyField() async throws {
        try await GatewayFixture.run { gateway in
            _ = try await gateway.send("/v1/chat/completions", body: Bodies.chat, headers: [("x-palisade-user", "header-user")])
            #expect(try await gateway.records().first?.endUser == "header-user")
        }
    }

    @Test func tokensAreEstimatedWhenTheProviderReportsNone() async throws {
        try await GatewayFixture.run { gateway in
            let reply = try await gateway.send("/v1/chat/completions", body: Bodies.chat(model: "sim-no-usage"))
            #expect(reply.status == 200)
            #expect(reply.json?["usage"] == nil)
            let record = try #require(try await gateway.records().first)
            #expect(record.usage.estimated)
            #expect(record.usage.input > 0 && record.usage.output > 0)
        }
    }

    @Test func everyOpenAIRouteAndAnthropicRouteIsServed() async throws {
        try await GatewayFixture.run { gateway in
            let responses = try await gateway.send("/v1/responses", body: #"{"model":"sim-gpt","input":"Hi"}"#)
            #expect(responses.status == 200)
            #expect(responses.json?["object"] as? String == "response")
            let completions = try await gateway.send("/v1/completions", body: #"{"model":"sim-gpt","prompt":"Once upon"}"#)
            #expect(completions.json?["object"] as? String == "text_completion")
            let embeddings = try await gateway.send("/v1/embeddings", body: #"{"model":"sim-embed","input":["a b","c"]}"#)
            #expect((embeddings.json?["data"] as? [Any])?.count == 2)
            let models = try await gateway.send("/v1/models", body: nil, method: .GET, contentType: nil)
            #expect(models.status == 200)
            #expect((models.json?["data"] as? [Any])?.isEmpty == false)
            let count = try await gateway.send("/v1/messages/count_tokens", body: #"{"model":"sim-claude","messages":[{"role":"user","content":"Hello there"}]}"#, anthropic: true)
            #expect((count.json?["input_tokens"] as? Int ?? 0) > 0)
            let operations = try await gateway.records().compactMap(\.operation)
            #expect(Set(operations) == [.responses, .completions, .embeddings, .models, .countTokens])
        }
    }

    @Test func healthAndReadiness() async throws {
        try await GatewayFixture.run { gateway in
            #expect(try await gateway.send("/healthz", body: nil, key: .some(nil), method: .GET, contentType: nil).status == 200)
            let ready = try await gateway.send("/readyz", body: nil, key: .some(nil), method: .GET, contentType: nil)
            #expect(ready.status == 200)
            #expect(ready.json?["status"] as? String == "ready")
        }
    }
}
