/// How the audit log batches writes and how often it signs checkpoints.
public struct AuditLogConfiguration: Sendable {
    /// Sign a checkpoint once this many events have been appended since the last one.
    public var checkpointEvery: Int
    /// … or once this many seconds have passed with events not yet covered.
    public var checkpointInterval: Duration
    /// Most events written in one transaction.
    public var batchSize: Int
    /// Most events `appendAsync` holds before refusing more: with the writer's batch time,
    /// this bounds what a crash can lose in the asynchronous mode.
    public var asyncCapacity: Int

    public init(checkpointEvery: Int = 1_000, checkpointInterval: Duration = .seconds(60), batchSize: Int = 512, asyncCapacity: Int = 1_000) {
        self.checkpointEvery = checkpointEvery
        self.checkpointInterval = checkpointInterval
        self.batchSize = batchSize
        self.asyncCapacity = asyncCapacity
    }
}
