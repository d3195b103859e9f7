/// How a question to the injection judge ended: its verdict, or why the classifier decided alone.
public enum SecondOpinionOutcome: String, Sendable, CaseIterable {
    case attack
    case benign
    /// The judge failed, timed out or answered something other than a verdict.
    case unavailable
    /// The per-minute limit on calls was reached.
    case overLimit = "over_limit"
}
