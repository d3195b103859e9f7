/// One detection technique. Detectors are pure values: the same text gives the same findings,
/// they hold no mutable state and can run concurrently on any task.
public protocol Detector: Sendable {
    /// A stable identifier used in configuration and policies (`pii`, `secrets`, `injection`).
    var name: String { get }
    /// Findings in `text`, with offsets into its UTF-8 view.
    func detect(in text: String) -> [Finding]
}
