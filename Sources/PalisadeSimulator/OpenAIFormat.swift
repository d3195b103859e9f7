import Foundation
import PalisadeCore
import PalisadeProviders

/// OpenAI response bodies and stream events for a simulated reply.
enum OpenAIFormat {
    static let created = 1_767_225_600

    static func usage(_ usage: TokenUsage) -> JSONValue {
        ["prompt_tokens": JSONValue(usage.input), "completion_tokens": JSONValue(usage.output), "total_tokens": JSONValue(usage.total)]
    }

    // MARK: Chat completions

    static func chatCompletion(_ reply: SimulatedReply, model: String, id: String, includeUsage: Bool = true) -> JSONValue {
        var message: JSONValue = ["role": "assistant", "content": nil, "refusal": nil]
        var finishReason: JSONValue = "stop"
        switch reply.content {
        case .text(let text):
            message = ["role": "assistant", "content": JSONValue(text), "refusal": nil]
        case .toolCall(let callID, let name, let arguments):
            message = [
                "role": "assistant", "content": nil, "refusal": nil,
                "tool_calls": [["id": JSONValue(callID), "type": "function", "function": ["name": JSONValue(name), "arguments": JSONValue(arguments)]]],
            ]
            finishReason = "tool_calls"
        }
        var body: [String: JSONValue] = [
            "id": JSONValue(id), "object": "chat.completion", "created": JSONValue(created), "model": JSONValue(model),
            "choices": [["index": 0, "message": message, "finish_reason": finishReason, "logprobs": nil]],
        ]
        if includeUsage { body["usage"] = usage(reply.usage) }
        return .object(body)
    }

    static func chatCompletionChunks(_ reply: SimulatedReply, model: String, id: String, includeUsage: Bool) -> [ServerSentEvent] {
        func chunk(_ delta: JSONValue, finishReason: JSONValue = nil) -> JSONValue {
            ["id": JSONValue(id), "object": "chat.completion.chunk", "created": JSONValue(created), "model": JSONValue(model),
             "choices": [["index": 0, "delta": delta, "finish_reason": finishReason, "logprobs": nil]]]
        }
        var chunks: [JSONValue] = [chunk(["role": "assistant", "content": ""])]
        switch reply.content {
        case .text:
            chunks += reply.textChunks.map { chunk(["content": JSONValue($0)]) }
            chunks.append(chunk([:], finishReason: "stop"))
        case .toolCall(let callID, let name, let arguments):
            chunks.append(chunk(["tool_calls": [["index": 0, "id": JSONValue(callID), "type": "function", "function": ["name": JSONValue(name), "arguments": ""]]]]))
            for piece in pieces(of: arguments) {
                chunks.append(chunk(["tool_calls": [["index": 0, "function": ["arguments": JSONValue(piece)]]]]))
            }
            chunks.append(chunk([:], finishReason: "tool_calls"))
        }
        if includeUsage {
            chunks.append(["id": JSONValue(id), "object": "chat.completion.chunk", "created": JSONValue(created), "model": JSONValue(model), "choices": [], "usage": usage(reply.usage)])
        }
        return chunks.map(event) + [ServerSentEvent(data: "[DONE]")]
    }

    // MARK: Legacy completions

    static func completion(_ reply: SimulatedReply, model: String, id: String) -> JSONValue {
        ["id": JSONValue(id), "object": "text_completion", "created": JSONValue(created), "model": JSONValue(model),
         "choices": [["index": 0, "text": JSONValue(reply.text), "finish_reason": "stop", "logprobs": nil]],
         "usage": usage(reply.usage)]
    }

    static func completionChunks(_ reply: SimulatedReply, model: String, id: String) -> [ServerSentEvent] {
        let chunks = reply.textChunks.map { text -> JSONValue in
            ["id": JSONValue(id), "object": "text_completion", "created": JSONValue(created), "model": JSONValue(model),
             "choices": [["index": 0, "text": JSONValue(text), "finish_reason": nil, "logprobs": nil]]]
        }
        return chunks.map(event) + [ServerSentEvent(data: "[DONE]")]
    }

    // MARK: Responses

    static func response(_ reply: SimulatedReply, model: String, id: String, status: String = "completed", includeOutput: Bool = true) -> JSONValue {
        [
            "id": JSONValue(id), "object": "response", "created_at": JSONValue(created), "status": JSONValue(status),
            "model": JSONValue(model), "output": includeOutput ? [responseItem(reply, id: id, status: "completed")] : [],
            "usage": includeOutput
                ? ["input_tokens": JSONValue(reply.usage.input), "output_tokens": JSONValue(reply.usage.output), "total_tokens": JSONValue(reply.usage.total),
                   "input_tokens_details": ["cached_tokens": 0], "output_tokens_details": ["reasoning_tokens": 0]]
                : nil,
            "error": nil, "incomplete_details": nil, "instructions": nil, "metadata": [:], "parallel_tool_calls": true,
            "temperature": 1, "top_p": 1, "tool_choice": "auto", "tools": [], "text": ["format": ["type": "text"]],
        ]
    }

    private static func responseItem(_ reply: SimulatedReply, id: String, status: String, text: String? = nil, arguments: String? = nil) -> JSONValue {
        switch reply.content {
        case .text(let full):
            let content: JSONValue = text == nil && status != "completed" ? [] : [["type": "output_text", "text": JSONValue(text ?? full), "annotations": []]]
            return ["type": "message", "id": JSONValue("msg_" + id), "status": JSONValue(status), "role": "assistant", "content": content]
        case .toolCall(let callID, let name, let full):
            return ["type": "function_call", "id": JSONValue("fc_" + id), "call_id": JSONValue(callID), "name": JSONValue(name),
                    "arguments": JSONValue(arguments ?? full), "status": JSONValue(status)]
        }
    }

    static func responseEvents(_ reply: SimulatedReply, model: String, id: String) -> [ServerSentEvent] {
        var events: [JSONValue] = [
            ["type": "response.created", "response": response(reply, model: model, id: id, status: "in_progress", includeOutput: false)],
            ["type": "response.in_progress", "response": response(reply, model: model, id: id, status: "in_progress", includeOutput: false)],
            ["type": "response.output_item.added", "output_index": 0, "item": responseItem(reply, id: id, status: "in_progress", text: nil, arguments: "")],
        ]
        let itemID: JSONValue
        switch reply.content {
        case .text(let text):
            itemID = JSONValue("msg_" + id)
            let emptyPart: JSONValue = ["type": "output_text", "text": "", "annotations": []]
            events.append(["type": "response.content_part.added", "item_id": itemID, "output_index": 0, "content_index": 0, "part": emptyPart])
            for piece in reply.textChunks {
                events.append(["type": "response.output_text.delta", "item_id": itemID, "output_index": 0, "content_index": 0, "delta": JSONValue(piece), "logprobs": []])
            }
            events.append(["type": "response.output_text.done", "item_id": itemID, "output_index": 0, "content_index": 0, "text": JSONValue(text), "logprobs": []])
            events.append(["type": "response.content_part.done", "item_id": itemID, "output_index": 0, "content_index": 0,
                           "part": ["type": "output_text", "text": JSONValue(text), "annotations": []]])
        case .toolCall(_, _, let arguments):
            itemID = JSONValue("fc_" + id)
            for piece in pieces(of: arguments) {
                events.append(["type": "response.function_call_arguments.delta", "item_id": itemID, "output_index": 0, "delta": JSONValue(piece)])
            }
            events.append(["type": "response.function_call_arguments.done", "item_id": itemID, "output_index": 0, "arguments": JSONValue(arguments)])
        }
        events.append(["type": "response.output_item.done", "output_index": 0, "item": responseItem(reply, id: id, status: "completed")])
        events.append(["type": "response.completed", "response": response(reply, model: model, id: id)])
        return events.enumerated().map { index, payload in
            var payload = payload.objectValue ?? [:]
            payload["sequence_number"] = JSONValue(index)
            return ServerSentEvent(event: payload["type"]?.stringValue, data: String(decoding: JSONValue.object(payload).encoded(), as: UTF8.self))
        }
    }

    // MARK: Embeddings and models

    /// Deterministic unit vectors: each word adds a hashed direction, so similar texts get
    /// similar vectors. SDKs ask for base64 little-endian float32 by default.
    static func embeddings(inputs: [String], model: String, dimensions: Int, base64: Bool) -> JSONValue {
        let data = inputs.enumerated().map { index, text -> JSONValue in
            let vector = embedding(of: text, dimensions: dimensions)
            let encoded: JSONValue = base64
                ? JSONValue(vector.withUnsafeBufferPointer { Data(buffer: $0) }.base64EncodedString())
                : .array(vector.map { .number(Double($0)) })
            return ["object": "embedding", "index": JSONValue(index), "embedding": encoded]
        }
        let tokens = TokenEstimator.estimate(inputs)
        return ["object": "list", "data": .array(data), "model": JSONValue(model), "usage": ["prompt_tokens": JSONValue(tokens), "total_tokens": JSONValue(tokens)]]
    }

    private static func embedding(of text: String, dimensions: Int) -> [Float] {
        var vector = [Float](repeating: 0, count: dimensions)
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            vector[Int(hash % UInt64(dimensions))] += (hash >> 63) == 0 ? 1 : -1
        }
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? vector.map { $0 / norm } : vector.enumerated().map { $0.offset == 0 ? 1 : 0 }
    }

    static func models(_ names: [String]) -> JSONValue {
        ["object": "list", "data": .array(names.map(model))]
    }

    static func model(_ name: String) -> JSONValue {
        ["id": JSONValue(name), "object": "model", "created": JSONValue(created), "owned_by": "palisade-simulator"]
    }

    static func error(status: Int, message: String) -> JSONValue {
        ProviderError(status: status, code: "simulated_error", message: message).body(for: .openai)
    }

    // MARK: Helpers

    static func event(_ payload: JSONValue) -> ServerSentEvent {
        ServerSentEvent(data: String(decoding: payload.encoded(), as: UTF8.self))
    }

    /// Tool arguments are streamed in pieces of a few characters, as real providers do.
    static func pieces(of text: String, size: Int = 8) -> [String] {
        var pieces: [String] = []
        var index = text.startIndex
        while index < text.endIndex {
            let end = text.index(index, offsetBy: size, limitedBy: text.endIndex) ?? text.endIndex
            pieces.append(String(text[index..<end]))
            index = end
        }
        return pieces
    }
}
