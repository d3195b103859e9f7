import Foundation
import PalisadeCore
import PalisadeDetection

/// Everything Palisade persists, behind one protocol so that the embedded SQLite store and a
/// shared PostgreSQL store for several replicas pass the same tests.
public protocol Store: Sendable {
    func createApplication(named name: String) async throws(StoreError) -> Application
    func application(named name: String) async throws(StoreError) -> Application?
    func application(id: String) async throws(StoreError) -> Application?
    func applications() async throws(StoreError) -> [Application]

    func addKey(_ key: StoredKey) async throws(StoreError)
    /// The key with this hash, whatever its state; admission decides what a revoked key means.
    func key(hash: String) async throws(StoreError) -> StoredKey?

    /// Appends records in one transaction: either all are durable or none is.
    func append(_ records: [ExchangeRecord]) async throws(StoreError)
    /// Most recent first.
    func exchanges(limit: Int, applicationID: String?) async throws(StoreError) -> [ExchangeRecord]

    /// The vault that keeps redacted values for this store's applications, sealed with `key`.
    func redactionVault(key: VaultKey, retention: TimeInterval) -> any RedactionVault

    /// Succeeds when the store can serve reads and writes; `/readyz` asks this.
    func checkHealth() async throws(StoreError)
}
