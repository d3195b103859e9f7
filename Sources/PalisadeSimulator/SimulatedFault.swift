/// Upstream failures the simulator reproduces on request, selected by model name, so that the
/// gateway's fault handling is tested against real sockets rather than mocks.
enum SimulatedFault: String, Sendable, CaseIterable {
    /// 200 with an HTML body: an upstream (or a proxy in front of it) answering garbage.
    case garbage = "sim-garbage"
    /// Waits 5 s before answering: exceeds a short response timeout.
    case slow = "sim-slow"
    /// Streams two chunks, then drops the connection.
    case reset = "sim-reset"
    /// Streams one chunk, then goes silent: exceeds the idle timeout.
    case stall = "sim-stall"
    /// Answers 500 in the provider's error format.
    case serverError = "sim-error"
    /// Answers normally but reports no token usage, so the gateway must estimate it.
    case noUsage = "sim-no-usage"
    /// Answers with one byte that is not UTF-8 in the text, as a self-hosted server may send
    /// when a token ends inside a multi-byte character (whole answers; streams are sent intact).
    case brokenUTF8 = "sim-broken-utf8"
    /// Streams one chunk, then `data:` lines that never end their event (up to 32 MiB): an
    /// upstream that would make a gateway hold an ever-growing event in memory.
    case endlessEvent = "sim-endless-event"
    /// Answers 72 MiB, whole or as 1 MiB chat deltas: more than a gateway should hold.
    case flood = "sim-flood"

    init?(model: String?) {
        guard let model else { return nil }
        self.init(rawValue: model)
    }
}

/// The error the simulator throws to abort a response mid-body, which closes the connection.
struct SimulatedConnectionReset: Error {}
