import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import PalisadeCore
import PalisadeDetection
import PalisadeProviders
import Tracing

/// One provider route: identify the caller, read and decode the request, inspect and (if the
/// application asks for it) mask it, forward it with the provider's credentials, inspect and
/// restore the answer, record the exchange.
struct ProxyHandler: Sendable {
    let configuration: GatewayConfiguration
    let authenticator: KeyAuthenticator
    let inspector: ExchangeInspector
    let upstream: UpstreamClient
    let recorder: ExchangeRecorder
    let tracing: ExchangeTracing
    let logger: Logger

    private var completion: ExchangeCompletion { ExchangeCompletion(recorder: recorder, tracing: tracing) }

    /// Largest non-streamed answer accepted from an upstream; beyond it the upstream is faulty.
    private static let maximumResponseBytes = 64 << 20

    func handle(_ request: Request, context: GatewayRequestContext, operation: APIOperation) async -> Response {
        var draft = ExchangeDraft(operation: operation, headers: request.headers, clientIP: context.clientIP)
        let span = tracing.startExchange(operation: operation, headers: request.headers, exchangeID: draft.id)
        do throws(ProviderError) {
            return try await forward(request, operation: operation, draft: &draft, span: span)
        } catch {
            draft.finish(status: error.status, errorCode: error.code)
            completion.complete(draft, span: span)
            logger.notice(
                "Request refused",
                metadata: ["exchange": "\(draft.id)", "status": "\(error.status)", "code": "\(error.code)", "message": "\(error.message)"]
            )
            return ErrorResponse.make(error, provider: operation.provider, exchangeID: draft.id)
        }
    }

    private func forward(_ request: Request, operation: APIOperation, draft: inout ExchangeDraft, span: any Span) async throws(ProviderError) -> Response {
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

        let settings = configuration.applications[identity.application.name] ?? ApplicationSettings()
        var body = try await RequestReader.body(of: request, limit: settings.maxRequestBytes ?? configuration.maxRequestBytes)
        let (json, exchange) = try RequestReader.exchange(from: body, request: request, operation: operation)
        draft.describe(exchange)

        let scope = settings.redact ? RedactionScope(applicationID: identity.application.id, conversationID: draft.conversationID) : nil
        let inspectionStarted = ContinuousClock.now
        let inspected = try await inspectRequest(exchange, json: json, scope: scope)
        draft.add(inspected.findings)
        let attempt = settings.blockInjection ? inspected.findings.first(where: { $0.kind == .injection || $0.kind == .jailbreak }) : nil
        tracing.recordGuardrail(
            under: span, target: .input, findings: inspected.findings,
            decision: attempt != nil ? .deny : inspected.maskedBody != nil ? .modify : .allow,
            reason: attempt.map { "\($0.kind.rawValue) detected" }, policyVersion: nil,
            duration: ContinuousClock.now - inspectionStarted
        )
        if let attempt {
            throw ProviderError(
                status: 403,
                code: "prompt_injection_detected",
                message: "This request was refused because it looks like a \(attempt.kind == .jailbreak ? "jailbreak" : "prompt injection") attempt (\(attempt.path ?? "request"), score \(String(format: "%.2f", attempt.confidence))). Reference: \(draft.id)."
            )
        }
        if let masked = inspected.maskedBody {
            body = ByteBuffer(bytes: masked)
        }

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
        let call = tracing.startUpstream(under: span, endpointName: endpoint.name, host: URL(string: upstreamRequest.url)?.host, model: exchange.model, operation: operation)
        upstreamRequest.headers.add(contentsOf: call.propagation)
        let response: HTTPClientResponse
        do {
            response = try await upstream.send(upstreamRequest, to: endpoint)
        } catch {
            call.span.attributes["error.type"] = error.code
            call.span.end()
            throw error
        }
        call.span.attributes["http.response.status_code"] = Int(response.status.code)
        let restorer = try await restorer(for: scope)

        var headers = HeaderPolicy.downstreamFields(from: response.headers)
        headers[ExchangeDraft.requestIDHeader] = draft.id
        if response.headers.first(name: "content-type")?.hasPrefix("text/event-stream") == true {
            let relay = StreamRelay(
                operation: operation, endpoint: endpoint, inspector: inspector,
                restoration: restorer.map { StreamRestoration(restorer: $0, operation: operation) }, completion: completion, logger: logger
            )
            return relay.response(relaying: response, headers: headers, draft: draft, spans: (span, call.span))
        }
        defer { call.span.end() }
        return try await completeResponse(response, headers: headers, operation: operation, endpoint: endpoint, restorer: restorer, draft: &draft, span: span)
    }

    /// Findings and, where asked, the masked body; forwarded unmasked if masking fails and
    /// `failure_mode` is open.
    private func inspectRequest(_ exchange: Exchange, json: JSONValue?, scope: RedactionScope?) async throws(ProviderError) -> ExchangeInspector.Request {
        try await underFailureMode("mask this request", otherwise: ExchangeInspector.Request(findings: inspector.findings(in: exchange))) {
            try await inspector.inspect(exchange, body: json, maskIn: scope)
        }
    }

    /// The restorer for the answer; with `failure_mode` open, none (placeholders stay) if the
    /// vault cannot be read.
    private func restorer(for scope: RedactionScope?) async throws(ProviderError) -> PlaceholderRestorer? {
        guard let scope else { return nil }
        return try await underFailureMode("restore this answer", otherwise: nil) {
            try await inspector.restorer(for: scope)
        }
    }

    /// Runs Palisade's own step `body`. If it fails, `failure_mode` decides: closed refuses with
    /// 503, open carries on with `fallback` and logs the failure.
    private func underFailureMode<T>(
        _ step: String,
        otherwise fallback: @autoclosure () -> T,
        _ body: () async throws -> T
    ) async throws(ProviderError) -> T {
        do {
            return try await body()
        } catch {
            guard configuration.failureMode == .open else {
                throw ProviderError(status: 503, code: "inspection_unavailable", message: "Palisade cannot \(step) right now: \(error)")
            }
            logger.error("Cannot \(step); carrying on because failure_mode is open", metadata: ["error": "\(error)"])
            return fallback()
        }
    }

    /// A non-streamed answer: read in full, checked to be what the provider's API promises,
    /// inspected, restored, then returned. Upstream errors in the provider's own shape pass
    /// through so SDKs can retry.
    private func completeResponse(
        _ response: HTTPClientResponse,
        headers: HTTPFields,
        operation: APIOperation,
        endpoint: ProviderEndpoint,
        restorer: PlaceholderRestorer?,
        draft: inout ExchangeDraft,
        span: any Span
    ) async throws(ProviderError) -> Response {
        let status = Int(response.status.code)
        var body: ByteBuffer
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
        let inspectionStarted = ContinuousClock.now
        let (findings, restored) = inspector.inspect(answer: summary, body: json, restorer: restorer)
        draft.add(findings)
        tracing.recordGuardrail(
            under: span, target: .output, findings: findings, decision: restored != nil ? .modify : .allow,
            reason: nil, policyVersion: nil, duration: ContinuousClock.now - inspectionStarted
        )
        if let restored { body = ByteBuffer(bytes: restored) }
        draft.account(reported: summary.usage, outputTexts: summary.segments.map(\.text) + summary.toolCalls.map(\.arguments))
        draft.finish(status: status, errorCode: (200..<300).contains(status) ? nil : Self.upstreamErrorCode(json))
        completion.complete(draft, span: span, responseModel: json["model"]?.stringValue)
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: body))
    }

    private static func upstreamErrorCode(_ json: JSONValue) -> String {
        let error = json["error"]
        return error?["code"]?.stringValue ?? error?["type"]?.stringValue ?? "upstream_error"
    }
}
