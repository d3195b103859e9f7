import PalisadeCore

/// An error Palisade itself answers with, rendered in the shape the caller's SDK understands,
/// so that `openai.APIError` and `anthropic.APIError` surface Palisade's message unchanged.
public struct ProviderError: Error, Sendable, Hashable {
    public var status: Int
    /// Stable, documented identifier (`invalid_json`, `upstream_timeout`): scripts match on it.
    public var code: String
    public var message: String
    /// Extra response headers, such as `Retry-After` and `x-ratelimit-*` on a 429.
    public var headers: [String: String]

    public init(status: Int, code: String, message: String, headers: [String: String] = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public func body(for provider: Provider) -> JSONValue {
        switch provider {
        case .openai:
            .object([
                "error": .object([
                    "message": .string(message),
                    "type": .string(openAIType),
                    "param": .null,
                    "code": .string(code),
                ])
            ])
        case .anthropic:
            .object([
                "type": "error",
                "error": .object(["type": .string(anthropicType), "message": .string(message), "code": .string(code)]),
            ])
        }
    }

    /// The event that ends a stream that failed after its first bytes were sent.
    public func streamEvent(for provider: Provider) -> ServerSentEvent {
        let data = String(decoding: body(for: provider).encoded(), as: UTF8.self)
        switch provider {
        case .openai: return ServerSentEvent(data: data)
        case .anthropic: return ServerSentEvent(event: "error", data: data)
        }
    }

    private var openAIType: String {
        switch status {
        case 401: "authentication_error"
        case 403: "permission_error"
        case 404: "not_found_error"
        case 429: "rate_limit_error"
        case 400..<500: "invalid_request_error"
        default: "api_error"
        }
    }

    private var anthropicType: String {
        switch status {
        case 401: "authentication_error"
        case 403: "permission_error"
        case 404: "not_found_error"
        case 413: "request_too_large"
        case 429: "rate_limit_error"
        case 529: "overloaded_error"
        case 400..<500: "invalid_request_error"
        default: "api_error"
        }
    }
}
