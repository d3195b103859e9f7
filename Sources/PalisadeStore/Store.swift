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
    /// A key by the hash of its secret with its application, in one read that costs the same
    /// whether or not the key exists.
    func keyAndApplication(hash: String) async throws(StoreError) -> (key: StoredKey, application: Application)?
    /// Every key of the application, revoked and expired ones included, oldest first.
    func keys(applicationID: String) async throws(StoreError) -> [StoredKey]
    /// Revokes the key now. Revoking a revoked key keeps the first revocation and its reason.
    func revokeKey(id: String, reason: String) async throws(StoreError) -> StoredKey
    /// Sets or (with `nil`) clears the expiry.
    func setKeyExpiry(id: String, expiresAt: Date?) async throws(StoreError) -> StoredKey
    func setKeyLimits(id: String, limits: KeyLimits, allowedModels: [String]) async throws(StoreError) -> StoredKey
    /// Creates a key for the same application with the same limits, and makes the old key expire
    /// `overlap` after `now` (or earlier, if it already expired sooner), so clients can switch
    /// over without an outage. The new secret is returned here only.
    func rotateKey(id: String, overlap: TimeInterval, now: Date) async throws(StoreError) -> (secret: String, key: StoredKey)

    /// The new token's secret is returned here only.
    func createAdminToken(name: String, role: AdminRole) async throws(StoreError) -> (secret: String, token: StoredAdminToken)
    /// Oldest first, revoked ones included.
    func adminTokens() async throws(StoreError) -> [StoredAdminToken]
    func revokeAdminToken(id: String) async throws(StoreError) -> StoredAdminToken
    /// The token with this hash, whatever its state.
    func adminToken(hash: String) async throws(StoreError) -> StoredAdminToken?

    func addBlock(target: BlockTarget, reason: String, createdBy: String, expiresAt: Date?) async throws(StoreError) -> Block
    /// Blocks neither lifted nor expired at `date`, oldest first.
    func activeBlocks(at date: Date) async throws(StoreError) -> [Block]
    /// Ends a block now; the record stays, with who lifted it, for the audit trail.
    func liftBlock(id: String, liftedBy: String) async throws(StoreError)

    /// Appends records in one transaction: either all are durable or none is.
    func append(_ records: [ExchangeRecord]) async throws(StoreError)
    /// Most recent first.
    func exchanges(limit: Int, applicationID: String?) async throws(StoreError) -> [ExchangeRecord]
    /// Tokens per application, key, model and UTC day for exchanges that started at or after `start`.
    func recordedUsage(since start: Date) async throws(StoreError) -> [RecordedUsage]

    /// The vault that keeps redacted values for this store's applications, sealed with `key`.
    func redactionVault(key: VaultKey, retention: TimeInterval) -> any RedactionVault

    /// Succeeds when the store can serve reads and writes; `/readyz` asks this.
    func checkHealth() async throws(StoreError)
}
