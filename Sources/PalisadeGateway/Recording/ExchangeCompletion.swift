import PalisadeCore
import Tracing

/// Where every finished exchange goes, whichever way it ended (refused, answered, streamed,
/// cut off), so that the record and the trace can never disagree about what happened.
struct ExchangeCompletion: Sendable {
    let recorder: ExchangeRecorder
    let tracing: ExchangeTracing

    func complete(_ draft: ExchangeDraft, span: any Span, responseModel: String? = nil) {
        recorder.record(draft.record)
        tracing.finish(span, record: draft.record, responseModel: responseModel)
    }
}
