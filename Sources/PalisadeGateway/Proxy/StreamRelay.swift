import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import PalisadeAudit
import PalisadeCore
import PalisadePolicy
import PalisadeProviders
import Tracing

/// Passes an upstream event stream to the caller as it arrives, decoding it on the way.
///
/// Without output rules or placeholders, each chunk is written to the caller untouched as soon
/// as it arrives, so time to first token stays the upstream's. Otherwise events are rewritten
/// one by one as they complete (holding back only the tail of a delta that may still become a
/// match or a placeholder), and a policy block ends the stream with an error event in the
/// provider's format. Either way the provider's stream decoder keeps the transcript that is
/// inspected when the stream ends. If the upstream fails mid-stream, the caller receives an
/// error event in its provider's format instead of a hang or a silent truncation.
struct StreamRelay: Sendable {
    let operation: APIOperation
    let endpoint: ProviderEndpoint
    let inspector: ExchangeInspector
    let rewriting: StreamRewriting?
    /// The transcript keeps the answer for inspection, so a stream is bounded like a whole answer.
    let maximumBytes: Int
    let completion: ExchangeCompletion
    let logger: Logger

    /// `spans` are the exchange's and the upstream call's; both end when the stream does.
    func response(relaying upstream: HTTPClientResponse, headers: HTTPFields, draft: ExchangeDraft, spans: (exchange: any Span, upstream: any Span)) -> Response {
        let status = HTTPResponse.Status(code: Int(upstream.status.code))
        return Response(status: status, headers: headers, body: ResponseBody { writer in
            var draft = draft
            let outcome = await relay(upstream.body, to: &writer, draft: &draft)
            draft.finish(status: outcome?.status ?? Int(upstream.status.code), errorCode: outcome?.code)
            spans.upstream.end()
            do {
                try await completion.complete(draft, span: spans.exchange)
            } catch {
                logger.error("Audit event not written for a streamed answer", metadata: ["exchange": "\(draft.id)", "error": "\(error)"])
            }
            if let outcome {
                logger.warning("Stream ended early", metadata: ["exchange": "\(draft.id)", "code": "\(outcome.code)"])
            }
            try? await writer.finish(nil)
        })
    }

    private struct ClientGone: Error {}
    private struct StreamTooLarge: Error {}

    /// Returns the failure that ended the stream, or `nil` if it completed.
    private func relay(
        _ body: HTTPClientResponse.Body,
        to writer: inout any ResponseBodyWriter,
        draft: inout ExchangeDraft
    ) async -> ProviderError? {
        var parser = ServerSentEventParser()
        var state = State(decoder: operation.makeStreamDecoder(), rewriting: rewriting)
        var failure: ProviderError?
        var received = 0
        do {
            for try await chunk in body {
                received += chunk.readableBytes
                if received > maximumBytes { throw StreamTooLarge() }
                if draft.capture != .metadata { Self.keep(chunk, in: &draft.payloads.providerResponse) }
                let events = try parser.feed(chunk.readableBytesView)
                if rewriting == nil {
                    try await send(chunk, to: &writer)
                }
                try await handle(events, state: &state, writer: &writer, draft: &draft)
                if state.rewriting?.block != nil { break }
            }
            if state.rewriting?.block == nil {
                try await handle(parser.finish(), state: &state, writer: &writer, draft: &draft)
            }
        } catch is ClientGone {
            failure = ProviderError(status: 499, code: "client_closed", message: "The client closed the stream.")
        } catch is StreamTooLarge {
            failure = ProxyHandler.responseTooLarge(limit: maximumBytes)
        } catch let error as ServerSentEventError {
            failure = ProviderError(status: 502, code: "upstream_invalid_stream", message: error.description)
        } catch {
            failure = UpstreamClient.providerError(for: error, endpoint: endpoint)
        }
        let transcript = state.transcript
        draft.add(inspector.inspect(streamed: transcript))
        draft.account(reported: transcript.usage, outputTexts: transcript.texts.values + transcript.orderedToolCalls.map(\.arguments))
        state.rewriting?.finishAll()
        for decision in state.rewriting?.decisions ?? [] { draft.decide(decision) }
        if failure == nil, let cut = state.rewriting?.block {
            draft.add([cut.finding])
            let refusal = ProviderError(
                status: 403, code: cut.errorCode,
                message: "\(cut.message) The answer was cut off by rule '\(cut.ruleID)' (\(cut.finding.type), \(cut.withheldBytes) bytes withheld). Reference: \(draft.id)."
            )
            try? await writer.write(ByteBuffer(string: refusal.streamEvent(for: operation.provider).encoded))
            return refusal
        }
        if let failure {
            if failure.code != "client_closed" {
                // The upstream may have stopped inside an event: a blank line ends it first, so the
                // error arrives as an event of its own (extra blank lines dispatch nothing).
                try? await writer.write(ByteBuffer(string: "\n\n" + failure.streamEvent(for: operation.provider).encoded))
            }
            return failure
        }
        if let message = transcript.upstreamError {
            return ProviderError(status: 502, code: "upstream_stream_error", message: message)
        }
        return nil
    }

    /// Streams are kept for the audit log up to this size; the rest is summarised by the record.
    private static let capturedStreamBytes = 1 << 20

    private static func keep(_ chunk: ByteBuffer, in captured: inout Data?) {
        var data = captured ?? Data()
        let room = capturedStreamBytes - data.count
        guard room > 0 else { return }
        data.append(contentsOf: chunk.readableBytesView.prefix(room))
        captured = data
    }

    private func send(_ buffer: ByteBuffer, to writer: inout any ResponseBodyWriter) async throws {
        do {
            try await writer.write(buffer)
        } catch {
            throw ClientGone()
        }
    }

    /// What the relay keeps while a stream passes: the decoder's position, the answer so far
    /// and, when rewriting, the held-back tails.
    private struct State {
        var decoder: any StreamDecoder
        var transcript = StreamTranscript()
        var rewriting: StreamRewriting?
    }

    /// Decodes complete events into the transcript and, when restoring, sends them rewritten.
    private func handle(
        _ events: [ServerSentEvent],
        state: inout State,
        writer: inout any ResponseBodyWriter,
        draft: inout ExchangeDraft
    ) async throws {
        for event in events {
            for delta in state.decoder.decode(event) {
                state.transcript.apply(delta)
            }
            if state.transcript.hasContent { draft.markFirstToken() }
            if let rewritten = state.rewriting?.rewrite(event) {
                guard state.rewriting?.block == nil else { return }
                try await send(ByteBuffer(string: rewritten.map(\.encoded).joined()), to: &writer)
            }
        }
    }
}
