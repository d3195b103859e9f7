import HTTPTypes
import Hummingbird
import NIOCore
import PalisadeCore
import PalisadeProviders

/// Palisade's own errors as HTTP responses in the caller's provider format.
enum ErrorResponse {
    static func make(_ error: ProviderError, provider: Provider, exchangeID: String?) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let exchangeID { headers[ExchangeDraft.requestIDHeader] = exchangeID }
        for (name, value) in error.headers {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return Response(
            status: .init(code: error.status),
            headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: error.body(for: provider).encoded()))
        )
    }

    /// Which provider's error shape a request expects, for errors raised before a route is known.
    static func provider(of request: Request) -> Provider {
        let anthropicHeaders = [HTTPField.Name("anthropic-version")!, HTTPField.Name("x-api-key")!]
        if anthropicHeaders.contains(where: { request.headers[$0] != nil }) || request.uri.path.hasPrefix("/v1/messages") {
            return .anthropic
        }
        return .openai
    }
}

/// Turns errors that escape the routes (unknown route, wrong method) into provider-shaped errors.
struct ProviderErrorMiddleware: RouterMiddleware {
    typealias Context = GatewayRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            let status = Int(error.status.code)
            let message = status == 404
                ? "No route for \(request.method) \(request.uri.path). Palisade serves the provider paths under /v1/."
                : (error.body ?? "\(error.status.reasonPhrase)")
            let code = status == 404 ? "not_found" : "http_\(status)"
            return ErrorResponse.make(ProviderError(status: status, code: code, message: message), provider: ErrorResponse.provider(of: request), exchangeID: nil)
        }
    }
}
