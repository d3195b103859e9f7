import Foundation
import NIOHTTP1
import PalisadeBench
import PalisadeCore
import PalisadeGateway
import PalisadeProviders
import PalisadeSimulator
import Testing

@Suite struct GatewayStreamingTests {
    private func events(_ body: String) throws -> [ServerSentEvent] {
        var parser = ServerSentEventParser()
        return try parser.feed(Array(body.utf8)) + parser.finish()
    }

    @Test func streamsArriveUnchangedAndInPieces() async throws {
        try await GatewayFixture.run(simulator: ModelSimulator(chunkInterval: .milliseconds(5))) { gateway in
            let reply = try await gateway.send("/v1/chat/completions", body: Bodies.chat(model: "sim-gpt", stream: true))
            #expect(reply.status == 200)
            #expect(reply.headers.first(name: "content-type")?.hasPrefix("text/event-stream") == true)
            let received = try events(reply.body)
            #expect(received.last?.data == "[DONE]")
            #expect(received.count > 10)
            #expect(reply.parts.count > 1)

            let record = try #require(try await gateway.records().first)
            #expect(record.stream)
            #expect(record.status == 200)
            #expect(record.timeToFirstTokenMs != nil)
            #expect(record.usage.output > 0)
        }
    }

    @Test func anthropicStreamUsageComesFromStartAndEndEvents() async throws {
        try await GatewayFixture.run { gateway in
            let reply = try await gateway.send("/v1/messages", body: Bodies.anthropicStream, anthropic: true)
            let names = try events(reply.body).compactMap(\.event)
            #expect(names.first == "message_start")
            #expect(names.last == "message_stop")
            let record = try #require(try await gateway.records().first)
            #expect(!record.usage.estimated)
            #expect(record.usage.input > 0 && record.usage.output > 0)
        }
    }

    /// The upstream sends one event and goes silent. The caller must get that event at once (no
    /// buffering), then an error event when the idle timeout passes, not a hang.
    @Test func aSilentUpstreamEndsTheStreamWithAnErrorEvent() async throws {
        try await GatewayFixture.run(configure: { configuration, _ in configuration.timeouts.idle = .milliseconds(400) }) { gateway in
            let reply = try await gateway.send("/v1/chat/completions", body: Bodies.chat(model: "sim-stall", stream: true))
            let received = try events(reply.body)
            #expect(received.count == 2)
            #expect(received.first?.data.contains("chat.completion.chunk") == true)
            #expect(received.last?.data.contains("upstream_timeout") == true)
            #expect(!(reply.parts.first ?? "").contains("upstream_timeout"))
            #expect(try await gateway.records().first?.errorCode == "upstream_timeout")
        }
    }

    /// The upstream sends two events, then drops the connection. The caller gets what reached
    /// the gateway and then an error event in its provider's shape. AsyncHTTPClient discards body
    /// bytes it still holds back for lack of demand when the connection closes, so the second
    /// event arrives only if the relay asked for it before the close; the first always does,
    /// and the error event must always end the stream.
    /// An upstream that never ends its event is cut off at the parser's limit instead of growing
    /// the gateway's memory, and the caller still gets the error as an event of its own.
    @Test func anEndlessEventIsCutOffWithAnErrorEvent() async throws {
        try await GatewayFixture.run { gateway in
            let reply = try await gateway.send("/v1/chat/completions", body: Bodies.chat(model: "sim-endless-event", stream: true))
            var parser = ServerSentEventParser(maximumEventBytes: 64 << 20)
            let events = try parser.feed(Array(reply.body.utf8)) + parser.finish()
            let error = try JSONValue.parse(try #require(events.last).data.utf8)
            #expect(error["error"]?["code"]?.stringValue == "upstream_invalid_stream")
            #expect(reply.body.utf8.count < ServerSentEventParser.defaultMaximumEventBytes + (1 << 20))
            #expect(try await gateway.records().first?.errorCode == "upstream_invalid_stream")
        }
    }

    /// A streamed answer is held for inspection, so it is bounded like a whole one: past the
    /// limit the stream ends with an error event, and a whole answer that large is a 502.
    @Test func anAnswerBeyondTheResponseLimitIsCutOff() async throws {
        try await GatewayFixture.run(configure: { configuration, _ in configuration.maxResponseBytes = 4 << 20 }) { gateway in
            let streamed = try await gateway.send("/v1/chat/completions", body: Bodies.chat(model: "sim-flood", stream: true))
            var parser = ServerSentEventParser()
            let last = try #require(try (parser.feed(Array(streamed.body.utf8)) + parser.finish()).last)
            #expect(try JSONValue.parse(last.data.utf8)["error"]?["code"]?.stringValue == "upstream_response_too_large")
            let whole = try await gateway.send("/v1/chat/completions", body: Bodies.chat(model: "sim-flood"))
            #expect(whole.status == 502)
            #expect(whole.json?["error", "code"] as? String == "upstream_response_too_large")
            #expect(try await gateway.records().allSatisfy { $0.errorCode == "upstream_response_too_large" })
        }
    }

    @Test func aResetMidStreamEndsWithAProviderErrorEvent() async throws {
        try await GatewayFixture.run { gateway in
            let openAI = try events(try await gateway.send("/v1/chat/completions", body: Bodies.chat(model: "sim-reset", stream: true)).body)
            #expect((2...3).contains(openAI.count))
            #expect(openAI.dropLast().allSatisfy { $0.data.contains("chat.completion.chunk") })
            let error = try JSONValue.parse(try #require(openAI.last).data.utf8)
            #expect(error["error"]?["code"]?.stringValue == "upstream_connection_closed")

            let body = #"{"model":"sim-reset","max_tokens":50,"stream":true,"messages":[{"role":"user","content":"hi"}]}"#
            let anthropic = try events(try await gateway.send("/v1/messages", body: body, anthropic: true).body)
            #expect(anthropic.last?.event == "error")
            #expect(try JSONValue.parse(anthropic.last!.data.utf8)["type"]?.stringValue == "error")
            #expect(try await gateway.records().allSatisfy { $0.errorCode == "upstream_connection_closed" })
        }
    }
}
