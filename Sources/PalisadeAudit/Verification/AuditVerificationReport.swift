/// The outcome of verifying an audit database.
public struct AuditVerificationReport: Sendable, Hashable {
    public var chainID: String
    /// Events that passed every check before the first problem (all of them when intact).
    public var eventsVerified: Int
    public var checkpointsVerified: Int
    public var firstSequence: Int64?
    public var lastSequence: Int64?
    /// The highest sequence a valid checkpoint covers. Events after it are linked but not yet
    /// signed: removing them from the tail would go unnoticed.
    public var lastCheckpointedSequence: Int64?
    /// The earliest problem found in chain order; nil when the log is intact.
    public var problem: AuditIntegrityProblem?

    public var isIntact: Bool { problem == nil }
}

/// The first place where the stored log departs from what was written.
public struct AuditIntegrityProblem: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The event's content no longer matches its hash, or its hash no longer matches the
        /// link its successor recorded.
        case modified
        /// One or more events are missing at this position.
        case deleted
        /// An event that was never appended sits at this position.
        case inserted
        /// The event is intact but was moved from the position it was written at.
        case reordered
        /// A checkpoint's signature is invalid, or it contradicts the purge records.
        case badCheckpoint = "bad_checkpoint"
    }

    public var kind: Kind
    /// The chain position concerned (for `deleted`, the first missing one).
    public var sequence: Int64
    /// The event concerned, when one is stored at or next to the position.
    public var eventID: String?
    public var detail: String

    public var description: String {
        "\(kind.rawValue) at sequence \(sequence)\(eventID.map { " (event \($0))" } ?? ""): \(detail)"
    }
}
