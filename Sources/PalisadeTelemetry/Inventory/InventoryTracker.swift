import Foundation
import Logging
import PalisadeCore
import ServiceLifecycle
import Synchronization

/// Builds the inventory from live traffic and keeps it across restarts.
///
/// `observe(_:)` updates the in-memory view under a lock and returns; a service task writes
/// what changed to `inventory.sqlite` in one transaction per interval, so the request path never
/// waits on the disk. Whatever was persisted is loaded at start.
public final class InventoryTracker: Service, Sendable {
    private let state: Mutex<InventoryState>
    private let database: InventoryDatabase
    /// Held while a batch moves from memory to disk, so readers never see it in neither place.
    private let persisting = Mutex<Void>(())
    private let flushInterval: Duration
    private let logger: Logger

    /// - Parameters:
    ///   - path: the SQLite file, conventionally `<data_dir>/inventory.sqlite`.
    ///   - threatHalfLife: how fast threat counts fade (see `ThreatSignals`); `RiskModel.threatHalfLifeDays`.
    ///   - peopleLimit: distinct end users and client addresses remembered per application.
    ///   - itemLimit: distinct models, tools, prompts... remembered per application.
    public init(
        path: String,
        threatHalfLife: TimeInterval = RiskModel.default.threatHalfLife,
        peopleLimit: Int = 10_000,
        itemLimit: Int = 1_000,
        flushInterval: Duration = .seconds(1),
        logger: Logger = Logger(label: "palisade.inventory")
    ) throws(TelemetryError) {
        database = try InventoryDatabase(path: path)
        var initial = InventoryState(
            limits: .init(people: peopleLimit, others: itemLimit),
            halfLife: threatHalfLife,
            recentEventLimit: 1_000
        )
        try database.load(into: &initial)
        state = Mutex(initial)
        self.flushInterval = flushInterval
        self.logger = logger
    }

    /// Opens `inventory.sqlite` in the data directory.
    public convenience init(directory: String, threatHalfLife: TimeInterval = RiskModel.default.threatHalfLife) throws(TelemetryError) {
        try self.init(path: (directory as NSString).appendingPathComponent("inventory.sqlite"), threatHalfLife: threatHalfLife)
    }

    public func observe(_ exchange: ObservedExchange) {
        let endUser = exchange.record.endUser.map(Self.digest)
        let client = exchange.record.clientIP.map(Self.digest)
        state.withLock { $0.apply(exchange, endUserDigest: endUser, clientDigest: client) }
    }

    /// The whole inventory as it stands now, threat signals decayed to `date`.
    public func inventory(at date: Date = Date()) -> Inventory {
        state.withLock { $0.snapshot(at: date) }
    }

    /// The most recent inventory events (up to 1,000), oldest first.
    public func recentEvents() -> [InventoryEvent] {
        state.withLock { $0.recentEvents }
    }

    /// Every inventory event so far, those not yet written included, oldest first.
    public func allEvents() throws(TelemetryError) -> [InventoryEvent] {
        try persisting.withLock { _ throws(TelemetryError) in
            try database.events() + state.withLock { $0.pendingEvents }
        }
    }

    public func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while true {
                try await Task.sleep(for: self.flushInterval)
                self.persistLogging()
            }
        }
        persistLogging()
    }

    /// Writes every change made so far. Changes taken for a write that fails are put back, so
    /// the next attempt writes them.
    public func persist() throws(TelemetryError) {
        try persisting.withLock { _ throws(TelemetryError) in try persistPending() }
    }

    private func persistPending() throws(TelemetryError) {
        let batch = state.withLock { state in
            var batch = InventoryBatch()
            batch.applications = state.dirtyApplications.compactMap { name in state.applications[name].map { (name, $0) } }
            batch.items = state.takeDirtyItems()
            batch.events = state.pendingEvents
            state.dirtyApplications.removeAll(keepingCapacity: true)
            state.pendingEvents.removeAll(keepingCapacity: true)
            return batch
        }
        guard !batch.isEmpty else { return }
        do {
            try database.write(batch)
        } catch {
            state.withLock { state in
                state.dirtyApplications.formUnion(batch.applications.map(\.0))
                state.markDirty(batch.items.map(\.0))
                state.pendingEvents.insert(contentsOf: batch.events, at: 0)
            }
            throw error
        }
    }

    private func persistLogging() {
        do {
            try persist()
        } catch {
            logger.error("Cannot persist the inventory", metadata: ["error": "\(error)"])
        }
    }

    /// End users and addresses are kept as the first 16 bytes of their SHA-256: enough to
    /// count and follow them, not to read them back.
    static func digest(_ identifier: String) -> String {
        Digest.sha256Hex(identifier, bytes: 16)
    }
}
