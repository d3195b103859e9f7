import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PalisadeCore
import PalisadeProviders

/// A deterministic stand-in for OpenAI and Anthropic that speaks both wire formats, streams, and
/// calls tools, so that Palisade can be tried, tested and benchmarked with no keys and no network.
///
/// OpenAI-format routes live under `/v1` (base URL `http://HOST:PORT/v1`), Anthropic's at
/// `/v1/messages` (base URL `http://HOST:PORT`), as the real providers lay them out.
public struct ModelSimulator: Sendable {
    public static let modelNames = ["sim-gpt", "sim-gpt-mini", "sim-claude"] + SimulatedFault.allCases.map(\.rawValue)

    /// Pause between streamed chunks; zero for benchmarks, a few milliseconds to look realistic.
    public var chunkInterval: Duration

    public init(chunkInterval: Duration = .zero) {
        self.chunkInterval = chunkInterval
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        let routes: [(RouterPath, APIOperation)] = [
            ("/v1/chat/completions", .chatCompletions), ("/v1/responses", .responses), ("/v1/completions", .completions),
            ("/v1/embeddings", .embeddings), ("/v1/messages", .messages), ("/v1/messages/count_tokens", .countTokens),
        ]
        for (path, operation) in routes {
            router.post(path) { request, _ in try await respond(to: request, operation: operation) }
        }
        router.get("/v1/models") { _, _ in Self.json(OpenAIFormat.models(Self.modelNames)) }
        router.get("/v1/models/:model") { _, context in
            let name = context.parameters.get("model") ?? ""
            guard Self.modelNames.contains(name) else {
                return Self.json(OpenAIFormat.error(status: 404, message: "The model '\(name)' does not exist"), status: .notFound)
            }
            return Self.json(OpenAIFormat.model(name))
        }
        return router
    }

    /// Response header carrying the last user message as the simulator received it
    /// (percent-encoded, at most 400 characters): what a real provider would have seen, for
    /// checking masking, since answer bodies are restored on their way back.
    public static let receivedPromptHeader = HTTPField.Name("X-Simulator-Received-Prompt")!

    private func respond(to request: Request, operation: APIOperation) async throws -> Response {
        let provider = operation.provider
        let body = try await request.body.collect(upTo: 64 << 20)
        let json: JSONValue
        let exchange: Exchange
        do {
            json = try JSONValue.parse(body.readableBytesView)
            exchange = try ExchangeDecoder.decode(json, operation: operation)
        } catch {
            return Self.json(ProviderError(status: 400, code: "invalid_request", message: "\(error)").body(for: provider), status: .badRequest)
        }
        let model = exchange.model ?? "sim-gpt"
        let fault = SimulatedFault(model: model)
        switch fault {
        case .garbage:
            return Response(status: .ok, headers: [.contentType: "text/html"], body: .init(byteBuffer: ByteBuffer(string: "<html><body>502 Bad Gateway</body></html>")))
        case .slow:
            try await Task.sleep(for: .seconds(5))
        case .serverError:
            return Self.json(ProviderError(status: 500, code: "simulated_error", message: "The simulated model failed.").body(for: provider), status: .internalServerError)
        case .flood where !exchange.stream:
            // Written a mebibyte at a time, so a gateway that stops reading stops the simulator too.
            return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: #"{"object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":""#))
                let mebibyte = ByteBuffer(repeating: UInt8(ascii: "x"), count: 1 << 20)
                for _ in 0..<(Self.floodBytes >> 20) { try await writer.write(mebibyte) }
                try await writer.write(ByteBuffer(string: #""}}]}"#))
                try await writer.finish(nil)
            })
        case .reset, .stall, .noUsage, .brokenUTF8, .endlessEvent, .flood, nil:
            break
        }
        let reply = SimulatedReply(for: exchange)
        let id = SimulatedReply.fingerprint(String(decoding: body.readableBytesView, as: UTF8.self))
        let includeUsage = fault != .noUsage
        let received = exchange.segments.last { $0.role == .user }.map { String($0.text.prefix(400)) } ?? ""
        let receivedHeader = received.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        if exchange.stream {
            var response = stream(events(for: operation, reply: reply, model: model, id: id, includeUsage: includeUsage, exchange: exchange), fault: fault)
            response.headers[Self.receivedPromptHeader] = receivedHeader
            return response
        }
        let answer: JSONValue
        switch operation {
        case .chatCompletions: answer = OpenAIFormat.chatCompletion(reply, model: model, id: "chatcmpl-" + id, includeUsage: includeUsage)
        case .completions: answer = OpenAIFormat.completion(reply, model: model, id: "cmpl-" + id)
        case .responses: answer = OpenAIFormat.response(reply, model: model, id: "resp_" + id)
        case .embeddings:
            let inputs = exchange.segments.map(\.text)
            let dimensions = json["dimensions"]?.intValue ?? 256
            let base64 = json["encoding_format"]?.stringValue == "base64"
            answer = OpenAIFormat.embeddings(inputs: inputs, model: model, dimensions: max(1, min(dimensions, 4096)), base64: base64)
        case .messages: answer = AnthropicFormat.message(reply, model: model, id: "msg_" + id, includeUsage: includeUsage)
        case .countTokens: answer = AnthropicFormat.tokenCount(exchange)
        case .models: answer = OpenAIFormat.models(Self.modelNames)
        }
        if fault == .reset {
            return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody { writer in
                try await writer.write(ByteBuffer(bytes: answer.encoded().prefix(20)))
                throw SimulatedConnectionReset()
            })
        }
        var bytes = answer.encoded()
        if fault == .brokenUTF8, let cut = bytes.firstRange(of: Data("simulated answer".utf8)) {
            // A lead byte with no continuation: the first half of a two-byte character.
            bytes.insert(0xC3, at: cut.lowerBound)
        }
        var response = Self.json(bytes)
        response.headers[Self.receivedPromptHeader] = receivedHeader
        return response
    }

    private func events(for operation: APIOperation, reply: SimulatedReply, model: String, id: String, includeUsage: Bool, exchange: Exchange) -> [ServerSentEvent] {
        switch operation {
        case .responses: OpenAIFormat.responseEvents(reply, model: model, id: "resp_" + id)
        case .completions: OpenAIFormat.completionChunks(reply, model: model, id: "cmpl-" + id)
        case .messages, .countTokens: AnthropicFormat.messageEvents(reply, model: model, id: "msg_" + id, includeUsage: includeUsage)
        case .chatCompletions, .embeddings, .models: OpenAIFormat.chatCompletionChunks(reply, model: model, id: "chatcmpl-" + id, includeUsage: includeUsage)
        }
    }

    private func stream(_ events: [ServerSentEvent], fault: SimulatedFault?) -> Response {
        let interval = chunkInterval
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            for (index, event) in events.enumerated() {
                if fault == .reset, index == 2 { throw SimulatedConnectionReset() }
                if fault == .stall, index == 1 { try await Task.sleep(for: .seconds(60)) }
                if fault == .flood, index == 1 {
                    let delta = #"{"choices":[{"index":0,"delta":{"content":""# + String(repeating: "x", count: 1 << 20) + #""}}]}"#
                    let event = ByteBuffer(string: ServerSentEvent(data: delta).encoded)
                    // Stops when the gateway stops reading: a write to a closed connection throws.
                    for _ in 0..<(Self.floodBytes >> 20) { try await writer.write(event) }
                }
                if fault == .endlessEvent, index == 1 {
                    let line = ByteBuffer(string: "data: " + String(repeating: "x", count: 65_536) + "\n")
                    for _ in 0..<512 { try await writer.write(line) }
                    break
                }
                try await writer.write(ByteBuffer(string: event.encoded))
                if interval > .zero { try await Task.sleep(for: interval) }
            }
            try await writer.finish(nil)
        })
    }

    /// What `sim-flood` answers: more than the gateway's 64 MiB limit on an upstream answer.
    private static let floodBytes = 72 << 20

    private static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        json(value.encoded(), status: status)
    }

    private static func json(_ encoded: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: encoded)))
    }
}
