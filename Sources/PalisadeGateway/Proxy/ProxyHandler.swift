import AsyncHTTPClient
import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import PalisadeAccess
import PalisadeAudit
import PalisadeCore
import PalisadeDetection
import PalisadePolicy
import PalisadeProviders
import PalisadeStore
import Tracing

/// One provider route: identify the caller, read and decode the request, inspect it and apply
/// the application's policy (block, mask, add the canary), forward it with the provider's
/// credentials, check and restore the answer, then record, audit and trace the exchange.
struct ProxyHandler: Sendable {
    let configuration: GatewayConfiguration
    let authenticator: KeyAuthenticator
    let inspector: ExchangeInspector
    let upstream: UpstreamClient
    let completion: ExchangeCompletion
    let endUsers: EndUserTokenVerifier?
    let endUserHeader: HTTPField.Name?
    let policies: PolicyRuntime?
    /// Settles the injection scores the classifier is unsure about; its detector then reports
    /// from the `strict` threshold up.
    let secondOpinion: InjectionSecondOpinion?
    /// Derives each application's canary token; the vault key, so no other secret is needed.
    let canarySecret: SymmetricKey
    let logger: Logger

    private var tracing: ExchangeTracing { completion.tracing }
    private var admission: AdmissionGate { completion.admission }

    /// What an upstream answer beyond `maxResponseBytes`, whole or streamed, ends with.
    static func responseTooLarge(limit: Int) -> ProviderError {
        ProviderError(status: 502, code: "upstream_response_too_large", message: "The upstream answer is larger than \(limit) bytes (server.max_response_bytes).")
    }

    func handle(_ request: Request, context: GatewayRequestContext, operation: APIOperation) async -> Response {
        var draft = ExchangeDraft(operation: operation, headers: request.headers, clientIP: context.clientIP)
        let span = tracing.startExchange(operation: operation, headers: request.headers, exchangeID: draft.id)
        do throws(ProviderError) {
            return try await forward(request, operation: operation, draft: &draft, span: span)
        } catch {
            draft.finish(status: error.status, errorCode: error.code)
            if let auditFailure = await complete(draft, span: span) {
                return ErrorResponse.make(auditFailure, provider: operation.provider, exchangeID: draft.id)
            }
            logger.notice(
                "Request refused",
                metadata: ["exchange": "\(draft.id)", "status": "\(error.status)", "code": "\(error.code)", "message": "\(error.message)"]
            )
            return ErrorResponse.make(error, provider: operation.provider, exchangeID: draft.id)
        }
    }

    private func forward(_ request: Request, operation: APIOperation, draft: inout ExchangeDraft, span: any Span) async throws(ProviderError) -> Response {
        if configuration.failureMode == .closed, !recordingIsHealthy {
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
        if let endUsers, let endUserHeader, let token = request.headers[endUserHeader] {
            do {
                draft.identifyEndUser(try await endUsers.verify(token))
            } catch {
                throw ProviderError(status: 401, code: "invalid_user_token", message: "The end-user token in \(endUserHeader) was refused: \(error)")
            }
        }
        try admission.checkBlocks(keyID: identity.key.id, endUser: draft.record.endUser, clientIP: draft.record.clientIP, applicationID: identity.application.id)

        let settings = configuration.applications[identity.application.name] ?? ApplicationSettings()
        draft.capture = settings.auditCapture ?? configuration.audit.capture
        draft.durability = settings.auditDurability ?? configuration.audit.durability
        var body = try await RequestReader.body(of: request, limit: settings.maxRequestBytes ?? configuration.maxRequestBytes)
        let (json, exchange) = try RequestReader.exchange(from: body, request: request, operation: operation)
        draft.describe(exchange)
        if draft.capture != .metadata { draft.payloads.applicationRequest = Data(body.readableBytesView) }
        if let endUser = draft.record.endUser, endUser == exchange.endUser {
            try admission.checkBlocks(keyID: nil, endUser: endUser, clientIP: nil, applicationID: nil)
        }
        if !identity.key.allowedModels.isEmpty, !ModelAllowList(identity.key.allowedModels).allows(exchange.model ?? "") {
            throw ProviderError(
                status: 403, code: "model_not_allowed_for_key",
                message: "This key may call only \(identity.key.allowedModels.joined(separator: ", ")); '\(exchange.model ?? "")' is not among them."
            )
        }
        do {
            draft.admission = try admission.admit(identity, endUser: draft.record.endUser, clientIP: draft.record.clientIP, estimatedInputTokens: draft.estimatedInputTokens)
        } catch {
            draft.refusedBy = error.scope
            throw error.error
        }

        let policy = policies?.current.policy(for: identity.application.name)
        let canary = policy?.usesCanary == true ? CanaryToken(secret: canarySecret, applicationID: identity.application.id) : nil
        let inspectionStarted = ContinuousClock.now
        var findings = inspector.findings(in: exchange, application: identity.application.id)
        if let secondOpinion { findings = await secondOpinion.review(findings, in: exchange) }
        draft.add(findings)
        let decision = try await decideInput(exchange, findings: findings, bodyBytes: body.readableBytes, policy: policy)
        if let decision {
            draft.add(Self.controlFindings(of: decision))
            draft.decide(decision)
        }
        let attempt = settings.blockInjection ? findings.first(where: \.kind.isInjectionAttempt) : nil
        var toMask = settings.redact ? findings.filter { ExchangeInspector.maskedKinds.contains($0.kind) } : []
        if let decision, decision.mode == .enforce { toMask += decision.redactions }
        let refused = attempt != nil || decision?.blocks == true
        tracing.recordGuardrail(
            under: span, target: .input, findings: findings,
            decision: refused ? .deny : !toMask.isEmpty ? .modify : decision?.action == .flag || decision?.wouldBlock == true ? .audit : .allow,
            reason: decision?.matchedRuleIDs.joined(separator: ","), policyVersion: decision?.policyVersion,
            duration: ContinuousClock.now - inspectionStarted
        )
        if let decision, decision.blocks {
            throw ProviderError(status: 403, code: decision.errorCode ?? "policy_blocked", message: "\(decision.blockMessage) Reference: \(draft.id).")
        }
        if let attempt {
            throw ProviderError(
                status: 403,
                code: "prompt_injection_detected",
                message: "This request was refused because it looks like a \(attempt.kind == .jailbreak ? "jailbreak" : "prompt injection") attempt (\(attempt.path ?? "request"), score \(String(format: "%.2f", attempt.confidence))). Reference: \(draft.id)."
            )
        }

        let scope = settings.redact || !toMask.isEmpty ? RedactionScope(applicationID: identity.application.id, conversationID: draft.conversationID) : nil
        if var forwarded = json {
            var changed = false
            if let scope, !toMask.isEmpty, let masked = try await mask(toMask, of: exchange, in: forwarded, scope: scope) {
                forwarded = masked
                changed = true
            }
            if let canary, let marked = CanaryInjection.insert(canary.systemPromptText, into: forwarded, operation: operation) {
                forwarded = marked
                changed = true
            }
            if changed { body = ByteBuffer(bytes: forwarded.encoded()) }
        }
        if draft.capture != .metadata { draft.payloads.providerRequest = Data(body.readableBytesView) }

        guard let endpoint = configuration.provider(for: operation.provider, model: exchange.model) else {
            throw ProviderError(
                status: 503,
                code: "no_provider",
                message: "No \(operation.provider.rawValue)-format provider is configured for model '\(exchange.model ?? "")'."
            )
        }
        draft.providerEndpoint = endpoint.name
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
        for (name, value) in draft.admission?.ticket?.status.headers ?? [] {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        let answer = AnswerContext(request: exchange, policy: policy, canary: canary?.value, restorer: restorer)
        if response.headers.first(name: "content-type")?.hasPrefix("text/event-stream") == true {
            let pipeline = OutputTextPipeline(
                streamGuard: policy?.makeStreamGuard(request: exchange, canary: canary?.value, detectors: inspector.pipeline.detectors),
                restorer: restorer
            )
            let relay = StreamRelay(
                operation: operation, endpoint: endpoint, inspector: inspector,
                rewriting: pipeline.isActive ? StreamRewriting(pipeline: pipeline, operation: operation) : nil,
                maximumBytes: configuration.maxResponseBytes, completion: completion, logger: logger
            )
            return relay.response(relaying: response, headers: headers, draft: draft, spans: (span, call.span))
        }
        defer { call.span.end() }
        return try await completeResponse(response, headers: headers, operation: operation, endpoint: endpoint, answer: answer, draft: &draft, span: span)
    }

    /// What checking and restoring an answer needs from the request.
    private struct AnswerContext {
        var request: Exchange
        var policy: EffectivePolicy?
        var canary: String?
        var restorer: PlaceholderRestorer?
    }

    private var recordingIsHealthy: Bool {
        completion.recorder.isStoreHealthy && (completion.audit?.isHealthy ?? true)
    }

    /// The policy's decision on a request; with `failure_mode` open, none if it cannot be made.
    private func decideInput(_ exchange: Exchange, findings: [Finding], bodyBytes: Int, policy: EffectivePolicy?) async throws(ProviderError) -> PolicyDecision? {
        guard let policy else { return nil }
        return try await underFailureMode("apply the policy to this request", otherwise: nil) {
            try policy.evaluateInput(exchange, findings: findings, bodyBytes: bodyBytes)
        }
    }

    /// Findings the policy's own controls made (a refused model, a banned term): the record
    /// keeps them with the detectors' findings.
    private static func controlFindings(of decision: PolicyDecision) -> [Finding] {
        decision.matches.compactMap(\.finding).filter { $0.kind == .policy || $0.kind == .outputLeak }
    }

    /// The masked body; forwarded unmasked if masking fails and `failure_mode` is open.
    private func mask(_ findings: [Finding], of exchange: Exchange, in json: JSONValue, scope: RedactionScope) async throws(ProviderError) -> JSONValue? {
        try await underFailureMode("mask this request", otherwise: nil) {
            try await inspector.mask(findings, of: exchange, in: json, scope: scope)
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

    /// Records, audits and traces a finished exchange. Returns the refusal to send instead of
    /// the answer when the audit event could not be written and `failure_mode` is closed.
    private func complete(_ draft: ExchangeDraft, span: any Span, responseModel: String? = nil) async -> ProviderError? {
        do {
            try await completion.complete(draft, span: span, responseModel: responseModel)
            return nil
        } catch {
            logger.error("Audit event not written", metadata: ["exchange": "\(draft.id)", "error": "\(error)"])
            guard configuration.failureMode == .closed else { return nil }
            return ProviderError(status: 503, code: "audit_unavailable", message: "Palisade cannot write the audit log and is configured to fail closed: \(error)")
        }
    }

    /// A non-streamed answer: read in full, checked to be what the provider's API promises,
    /// inspected, judged by the policy, restored, then returned. Upstream errors in the
    /// provider's own shape pass through so SDKs can retry.
    private func completeResponse(
        _ response: HTTPClientResponse,
        headers: HTTPFields,
        operation: APIOperation,
        endpoint: ProviderEndpoint,
        answer: AnswerContext,
        draft: inout ExchangeDraft,
        span: any Span
    ) async throws(ProviderError) -> Response {
        let status = Int(response.status.code)
        var body: ByteBuffer
        do {
            body = try await response.body.collect(upTo: configuration.maxResponseBytes)
        } catch is NIOTooManyBytesError {
            throw Self.responseTooLarge(limit: configuration.maxResponseBytes)
        } catch {
            throw UpstreamClient.providerError(for: error, endpoint: endpoint)
        }
        // An answer is inspected even when a provider sends broken UTF-8; the caller gets its bytes.
        let json = try? JSONValue.parse(body.readableBytesView, repairingInvalidUTF8: true)
        guard let json else {
            let what = (200..<300).contains(status) ? "an answer" : "HTTP \(status)"
            throw ProviderError(
                status: (200..<300).contains(status) ? 502 : max(status, 502),
                code: "upstream_invalid_response",
                message: "The upstream provider '\(endpoint.name)' sent \(what) that is not JSON."
            )
        }
        if draft.capture != .metadata { draft.payloads.providerResponse = Data(body.readableBytesView) }
        let summary = ResponseDecoder.decode(json, operation: operation)
        draft.account(reported: summary.usage, outputTexts: summary.segments.map(\.text) + summary.toolCalls.map(\.arguments))
        let inspectionStarted = ContinuousClock.now
        let findings = inspector.findings(in: summary)
        draft.add(findings)
        var decision: PolicyDecision?
        if let policy = answer.policy {
            decision = try await underFailureMode("apply the policy to this answer", otherwise: nil) {
                try policy.evaluateOutput(segments: summary.segments, toolCalls: summary.toolCalls, findings: findings, request: answer.request, canary: answer.canary)
            }
        }
        if let decision {
            draft.add(Self.controlFindings(of: decision))
            draft.decide(decision)
        }
        let restored = answer.restorer.flatMap { inspector.restore(json, with: $0) }
        tracing.recordGuardrail(
            under: span, target: .output, findings: findings + (decision.map(Self.controlFindings) ?? []),
            decision: decision?.blocks == true ? .deny : restored != nil ? .modify : decision?.action == .flag || decision?.wouldBlock == true ? .audit : .allow,
            reason: decision?.matchedRuleIDs.joined(separator: ","), policyVersion: decision?.policyVersion,
            duration: ContinuousClock.now - inspectionStarted
        )
        if let decision, decision.blocks {
            throw ProviderError(status: 403, code: decision.errorCode ?? "policy_blocked_output", message: "\(decision.blockMessage) Reference: \(draft.id).")
        }
        if let restored { body = ByteBuffer(bytes: restored) }
        if draft.capture == .full { draft.payloads.applicationResponse = Data(body.readableBytesView) }
        draft.finish(status: status, errorCode: (200..<300).contains(status) ? nil : Self.upstreamErrorCode(json))
        if let refusal = await complete(draft, span: span, responseModel: json["model"]?.stringValue) {
            return ErrorResponse.make(refusal, provider: operation.provider, exchangeID: draft.id)
        }
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: body))
    }

    private static func upstreamErrorCode(_ json: JSONValue) -> String {
        let error = json["error"]
        return error?["code"]?.stringValue ?? error?["type"]?.stringValue ?? "upstream_error"
    }
}
