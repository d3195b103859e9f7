import PalisadeCore
import PalisadeProviders
import Testing

@Suite struct ExchangeDecoderTests {
    private func decode(_ json: String, _ operation: APIOperation) throws -> Exchange {
        try ExchangeDecoder.decode(try JSONValue.parse(json.utf8), operation: operation)
    }

    @Test func chatMessagesKeepTheirAuthorsApart() throws {
        let exchange = try decode(
            """
            {"model":"gpt-4o","stream":true,"user":"u-42","max_completion_tokens":99,
             "tools":[{"type":"function","function":{"name":"lookup"}}],
             "messages":[
               {"role":"developer","content":"Be brief."},
               {"role":"user","content":[{"type":"text","text":"Find order 7"},{"type":"image_url","image_url":{"url":"x"}}]},
               {"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"lookup","arguments":"{\\"id\\":7}"}}]},
               {"role":"tool","tool_call_id":"c1","content":"Order 7 shipped"}
             ],
             "some_future_field":{"kept":true}}
            """,
            .chatCompletions
        )
        #expect(exchange.model == "gpt-4o")
        #expect(exchange.stream)
        #expect(exchange.endUser == "u-42")
        #expect(exchange.maxTokens == 99)
        #expect(exchange.declaredTools == ["lookup"])
        #expect(exchange.toolCalls == [ToolCall(id: "c1", name: "lookup", arguments: #"{"id":7}"#)])
        #expect(exchange.segments.map(\.role) == [.system, .user, .assistant, .tool])
        #expect(exchange.segments.map(\.path) == [
            "messages[0].content", "messages[1].content[0].text", "messages[2].tool_calls[0].function.arguments", "messages[3].content",
        ])
        #expect(exchange.systemPrompt == "Be brief.")
    }

    @Test func responsesInputItems() throws {
        let exchange = try decode(
            """
            {"model":"gpt-4.1","instructions":"You are terse.","input":[
              {"role":"user","content":[{"type":"input_text","text":"Weather?"}]},
              {"type":"function_call","call_id":"f1","name":"weather","arguments":"{}"},
              {"type":"function_call_output","call_id":"f1","output":"Sunny"}],
             "tools":[{"type":"function","name":"weather"}],"max_output_tokens":50}
            """,
            .responses
        )
        #expect(exchange.segments.map(\.role) == [.system, .user, .assistant, .tool])
        #expect(exchange.segments.last?.text == "Sunny")
        #expect(exchange.declaredTools == ["weather"])
        #expect(exchange.maxTokens == 50)
    }

    @Test func anthropicToolResultsAndDocumentsAreUntrusted() throws {
        let exchange = try decode(
            """
            {"model":"claude-sonnet-4-5","max_tokens":100,"system":[{"type":"text","text":"Sys"}],
             "metadata":{"user_id":"end-user-9"},
             "messages":[
               {"role":"user","content":[{"type":"document","source":{"type":"text","media_type":"text/plain","data":"Quarterly report"}},{"type":"text","text":"Summarise"}]},
               {"role":"assistant","content":[{"type":"tool_use","id":"t1","name":"search","input":{"q":"x"}}]},
               {"role":"user","content":[{"type":"tool_result","tool_use_id":"t1","content":[{"type":"text","text":"Result text"}]}]}
             ]}
            """,
            .messages
        )
        #expect(exchange.endUser == "end-user-9")
        #expect(exchange.segments.map(\.role) == [.system, .retrieved, .user, .assistant, .tool])
        #expect(exchange.segments[1].text == "Quarterly report")
        #expect(exchange.toolCalls.first?.name == "search")
        #expect(exchange.segments.last?.path == "messages[2].content[0].content[0].text")
    }

    @Test func embeddingsAndCompletionsInputs() throws {
        #expect(try decode(#"{"model":"e","input":["a","b"]}"#, .embeddings).segments.map(\.text) == ["a", "b"])
        #expect(try decode(#"{"model":"e","input":[1,2,3]}"#, .embeddings).segments.isEmpty)
        #expect(try decode(#"{"model":"c","prompt":"Once"}"#, .completions).segments.map(\.text) == ["Once"])
    }

    @Test func nonObjectBodiesAreRefused() {
        #expect(throws: RequestShapeError.self) { try decode("[1,2]", .chatCompletions) }
    }

    @Test func malformedJSONSaysWhy() {
        #expect(throws: MalformedJSONError.self) { try JSONValue.parse(#"{"model":"#.utf8) }
    }

    @Test func unknownFieldsSurviveARoundTrip() throws {
        let original = try JSONValue.parse(#"{"a":{"b":[1,2.5,"c",null,true]},"n":12345678901}"#.utf8)
        #expect(try JSONValue.parse(original.encoded()) == original)
    }
}
