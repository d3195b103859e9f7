import PalisadeCore
import PalisadeProviders
import Testing

@Suite struct StreamDecoderTests {
    private func transcript(_ operation: APIOperation, _ events: [ServerSentEvent]) -> StreamTranscript {
        var decoder = operation.makeStreamDecoder()
        var transcript = StreamTranscript()
        for event in events {
            for delta in decoder.decode(event) { transcript.apply(delta) }
        }
        return transcript
    }

    @Test func openAIChatTextToolCallsAndUsage() {
        let result = transcript(.chatCompletions, [
            ServerSentEvent(data: #"{"choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}"#),
            ServerSentEvent(data: #"{"choices":[{"index":0,"delta":{"content":"Hel"}}]}"#),
            ServerSentEvent(data: #"{"choices":[{"index":0,"delta":{"content":"lo"}}]}"#),
            ServerSentEvent(data: #"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"c1","function":{"name":"f","arguments":"{\"a\""}}]}}]}"#),
            ServerSentEvent(data: #"{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":":1}"}}]}}]}"#),
            ServerSentEvent(data: #"{"choices":[],"usage":{"prompt_tokens":11,"completion_tokens":5}}"#),
            ServerSentEvent(data: "[DONE]"),
        ])
        #expect(result.texts[0] == "Hello")
        #expect(result.orderedToolCalls == [ToolCall(id: "c1", name: "f", arguments: #"{"a":1}"#)])
        #expect(result.usage == TokenUsage(input: 11, output: 5))
        #expect(result.finished)
    }

    @Test func anthropicUsageArrivesInTwoParts() {
        let result = transcript(.messages, [
            ServerSentEvent(event: "message_start", data: #"{"type":"message_start","message":{"usage":{"input_tokens":20,"output_tokens":1}}}"#),
            ServerSentEvent(event: "content_block_start", data: #"{"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}"#),
            ServerSentEvent(event: "content_block_delta", data: #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}"#),
            ServerSentEvent(event: "content_block_start", data: #"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"t","name":"lookup","input":{}}}"#),
            ServerSentEvent(event: "content_block_delta", data: #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{}"}}"#),
            ServerSentEvent(event: "message_delta", data: #"{"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":9}}"#),
            ServerSentEvent(event: "message_stop", data: #"{"type":"message_stop"}"#),
        ])
        #expect(result.texts[0] == "Hi")
        #expect(result.toolCalls[1]?.name == "lookup")
        #expect(result.usage == TokenUsage(input: 20, output: 9))
        #expect(result.finished)
    }

    @Test func responsesEvents() {
        let result = transcript(.responses, [
            ServerSentEvent(event: "response.output_text.delta", data: #"{"type":"response.output_text.delta","output_index":0,"delta":"Sun"}"#),
            ServerSentEvent(event: "response.output_text.delta", data: #"{"type":"response.output_text.delta","output_index":0,"delta":"ny"}"#),
            ServerSentEvent(event: "response.completed", data: #"{"type":"response.completed","response":{"usage":{"input_tokens":3,"output_tokens":2}}}"#),
        ])
        #expect(result.texts[0] == "Sunny")
        #expect(result.usage == TokenUsage(input: 3, output: 2))
        #expect(result.finished)
    }

    /// Counts no model produces (negative, fractional, beyond `Int32.max`, text) make a usage
    /// report count as absent, so the gateway estimates instead of charging limits with them.
    @Test(arguments: ["-5", "8.9e15", "2147483648", "12.5", "\"12\""])
    func implausibleTokenCountsAreNotUsage(_ count: String) throws {
        let chat = transcript(.chatCompletions, [ServerSentEvent(data: #"{"choices":[],"usage":{"prompt_tokens":\#(count),"completion_tokens":\#(count)}}"#)])
        #expect(chat.usage == nil)
        let messages = transcript(.messages, [
            ServerSentEvent(event: "message_start", data: #"{"type":"message_start","message":{"usage":{"input_tokens":\#(count),"output_tokens":\#(count)}}}"#),
            ServerSentEvent(event: "message_delta", data: #"{"type":"message_delta","usage":{"output_tokens":\#(count)}}"#),
        ])
        #expect(messages.usage == nil)
        // One impossible number discredits the whole report.
        let body = try JSONValue.parse(#"{"choices":[],"usage":{"prompt_tokens":\#(count),"completion_tokens":7}}"#.utf8)
        #expect(ResponseDecoder.decode(body, operation: .chatCompletions).usage == nil)
        let anthropic = try JSONValue.parse(#"{"content":[],"usage":{"input_tokens":12,"output_tokens":7,"cache_read_input_tokens":\#(count)}}"#.utf8)
        #expect(ResponseDecoder.decode(anthropic, operation: .messages).usage == nil)
    }

    @Test func errorsInsideTheStreamAreReported() {
        let result = transcript(.messages, [
            ServerSentEvent(event: "error", data: #"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#),
        ])
        #expect(result.upstreamError == "Overloaded")
    }
}
