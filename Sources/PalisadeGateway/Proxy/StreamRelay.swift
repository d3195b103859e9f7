import AsyncHTTPClient
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import PalisadeCore
import PalisadeProviders

/// Passes an upstream event stream to the caller chunk by chunk, decoding it on the way.
///
/// Each chunk is written to the caller as soon as it arrives (nothing is held back, so time to
/// first token stays the upstream's) and fed to the provider's stream decoder, which keeps the
/// transcript later inspection needs. If the upstream fails mid-stream, the caller receives an
/// error event in its provider's format instead of a silent hang or truncation.
struct StreamRelay: Sendable {
    let provider: Provider
    let operation: APIOperation
    let endpoint: ProviderEndpoint
    let recorder: ExchangeRecorder
    let logger: Logger

    func response(relaying upstream: HTTPClientResponse, headers: HTTPFields, draft: ExchangeDraft) -> Response {
        let status = HTTPResponse.Status(code: Int(upstream.status.code))
        return Response(status: status, headers: headers, body: ResponseBody { writer in
            var draft = draft
            let outcome = await relay(upstream.body, to: &writer, draft: &draft)
            draft.finish(status: outcome?.status ?? Int(upstream.status.code), errorCode: outcome?.code)
            recorder.record(draft.record)
            if let outcome {
                logger.warning("Stream ended early", metadata: ["exchange": "\(draft.id)", "code": "\(outcome.code)"])
            }
            try? await writer.finish(nil)
        })
    }

    /// Returns the failure that ended the stream, or `nil` if it completed.
    private func relay(
        _ body: HTTPClientResponse.Body,
        to writer: inout any ResponseBodyWriter,
        draft: inout ExchangeDraft
    ) async -> ProviderError? {
        var parser = ServerSentEventParser()
        var decoder = operation.makeStreamDecoder()
        var transcript = StreamTranscript()
        var failure: ProviderError?
        do {
            for try await chunk in body {
                do {
                    try await writer.write(chunk)
                } catch {
                    return ProviderError(status: 499, code: "client_closed", message: "The client closed the stream.")
                }
                for event in try parser.feed(chunk.readableBytesView) {
                    apply(decoder.decode(event), to: &transcript, draft: &draft)
                }
            }
            for event in parser.finish() {
                apply(decoder.decode(event), to: &transcript, draft: &draft)
            }
        } catch let error as ServerSentEventError {
            failure = ProviderError(status: 502, code: "upstream_invalid_stream", message: error.description)
        } catch {
            failure = UpstreamClient.providerError(for: error, endpoint: endpoint)
        }
        draft.account(reported: transcript.usage, outputTexts: transcript.texts.values + transcript.orderedToolCalls.map(\.arguments))
        if let failure {
            try? await writer.write(ByteBuffer(string: failure.streamEvent(for: provider).encoded))
            return failure
        }
        if let message = transcript.upstreamError {
            return ProviderError(status: 502, code: "upstream_stream_error", message: message)
        }
        return nil
    }

    private func apply(_ deltas: [StreamDelta], to transcript: inout StreamTranscript, draft: inout ExchangeDraft) {
        for delta in deltas {
            transcript.apply(delta)
        }
        if transcript.hasContent { draft.markFirstToken() }
    }
}
