import Foundation
import PalisadeCore

/// Tokens recorded for one application, key and model on one UTC day: what budgets are rebuilt
/// from when the gateway starts, so that a restart does not hand out a fresh budget.
public struct RecordedUsage: Sendable, Hashable {
    public var applicationID: String
    public var keyID: String?
    public var model: String
    /// Midnight UTC of the day.
    public var day: Date
    public var usage: TokenUsage

    public init(applicationID: String, keyID: String?, model: String, day: Date, usage: TokenUsage) {
        self.applicationID = applicationID
        self.keyID = keyID
        self.model = model
        self.day = day
        self.usage = usage
    }
}
