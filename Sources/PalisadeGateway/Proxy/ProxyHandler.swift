import AsyncHTTPClient
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import PalisadeCore
import PalisadeProviders

/// One provider route: identify the caller, read and decode the request, forward it with the
/// provider's credentials, relay the answer, record the exchange.
struct ProxyHandler: Sendable {
    let configuration: GatewayConfiguration
    let authenticator: KeyAuthenticator
    let upstream: UpstreamClient
    let recorder: ExchangeRecorder
    let logger: Logger

    /// Largest non-streamed answer accepted from an upstream; beyond it the upstream is faulty.
    private static let maximumResponseBytes = 64 << 20

    func handle(_ request: Request, context: GatewayRequestContext, operation: APIOperation) async -> Response {
        var draft = ExchangeDraft(operation: operation, headers: request.headers, clientIP: context.clientIP)
        do throws(ProviderError) {
            return try await forward(request, operation: operation, draft: &draft)
        } catch {
            draft.finish(status: error.status, errorCode: error.code)
            recorder.record(draft.record)
            logger.notice(
                "Request refused",
                metadata: ["exchange": "\(draft.id)", "status": "\(error.status)", "code": "\(error.code)", "message": "\(error.message)"]
            )
            return ErrorResponse.make(error, provider: operation.provider, exchangeID: draft.id)
        }
    }

    private func forward(_ request: Request, operation: APIOperation, draft: inout ExchangeDraft) async throws(ProviderError) -> Response {
        if configuration.failureMode == .closed, !recorder.isStoreHealthy {
            throw ProviderError(
                status: 503,
                code: "store_unavailable",
                message: "Palisade cannot record requests right now and is configured to fail closed."
            )
        }
        let presented = KeyAuthenticator.presentedKey(
            authorization: request.headers[.authorization],
            apiKeyHeader: request.headers[HTTPField.Name("x-api-key")!]
        )
        let identity = try await authenticator.authenticate(presented)
        draft.identify(identity)

        let limit = configuration.applications[identity.application.name]?.maxRequestBytes ?? configuration.maxRequestBytes
        let body = try await RequestReader.body(of: request, limit: limit)
        let exchange = try RequestReader.exchange(from: body, request: request, operation: operation)
        draft.describe(exchange)

        guard let endpoint = configuration.provider(for: operation.provider, model: exchange.model) else {
            throw ProviderError(
                status: 503,
                code: "no_provider",
                message: "No \(operation.provider.rawValue)-format provider is configured for model '\(exchange.model ?? "")'."
            )
        }
        var upstreamRequest = HTTPClientRequest(url: endpoint.url(forGatewayPath: request.uri.path, query: request.uri.query))
        upstreamRequest.method = request.method == .get ? .GET : .POST
        upstreamRequest.headers = HeaderPolicy.upstreamHeaders(from: request.headers, endpoint: endpoint)
        if body.readableBytes > 0 {
            upstreamRequest.body = .bytes(body)
        }
        let response = try await upstream.send(upstreamRequest, to: endpoint)

        var headers = HeaderPolicy.downstreamFields(from: response.headers)
        headers[ExchangeDraft.requestIDHeader] = draft.id
        if response.headers.first(name: "content-type")?.hasPrefix("text/event-stream") == true {
            let relay = StreamRelay(provider: operation.provider, operation: operation, endpoint: endpoint, recorder: recorder, logger: logger)
            return relay.response(relaying: response, headers: headers, draft: draft)
        }
        return try await completeResponse(response, headers: headers, operation: operation, endpoint: endpoint, draft: &draft)
    }

    /// A non-streamed answer: read in full, checked to be what the provider's API promises, then
    /// returned. Upstream errors in the provider's own shape pass through so SDKs can retry.
    private func completeResponse(
        _ response: HTTPClientResponse,
        headers: HTTPFields,
        operation: APIOperation,
        endpoint: ProviderEndpoint,
        draft: inout ExchangeDraft
    ) async throws(ProviderError) -> Response {
        let status = Int(response.status.code)
        let body: ByteBuffer
        do {
            body = try await response.body.collect(upTo: Self.maximumResponseBytes)
        } catch is NIOTooManyBytesError {
            throw ProviderError(status: 502, code: "upstream_response_too_large", message: "The upstream answer is larger than \(Self.maximumResponseBytes >> 20) MiB.")
        } catch {
            throw UpstreamClient.providerError(for: error, endpoint: endpoint)
        }
        let json = try? JSONValue.parse(body.readableBytesView)
        guard let json else {
            let what = (200..<300).contains(status) ? "an answer" : "HTTP \(status)"
            throw ProviderError(
                status: (200..<300).contains(status) ? 502 : max(status, 502),
                code: "upstream_invalid_response",
                message: "The upstream provider '\(endpoint.name)' sent \(what) that is not JSON."
            )
        }
        let summary = ResponseDecoder.decode(json, operation: operation)
        draft.account(reported: summary.usage, outputTexts: summary.segments.map(\.text) + summary.toolCalls.map(\.arguments))
        draft.finish(status: status, errorCode: (200..<300).contains(status) ? nil : Self.upstreamErrorCode(json))
        recorder.record(draft.record)
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: body))
    }

    private static func upstreamErrorCode(_ json: JSONValue) -> String {
        let error = json["error"]
        return error?["code"]?.stringValue ?? error?["type"]?.stringValue ?? "upstream_error"
    }
}
