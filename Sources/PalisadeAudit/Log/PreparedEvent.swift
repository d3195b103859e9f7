import Foundation
import PalisadeCore

/// An entry encoded and encrypted on the caller's task, so the single writer does only what
/// must happen in order: numbering, hashing and inserting.
struct PreparedEvent: Sendable {
    var id: String
    var columns: SearchColumns
    var metadata: Data
    var payload: SealedPayload?

    init(_ entry: AuditEntry, keyring: AuditKeyring) throws(AuditError) {
        let metadata = AuditMetadata(entry)
        id = entry.record.id
        columns = metadata.searchColumns
        do {
            self.metadata = try metadata.canonicalJSON()
        } catch {
            throw .unavailable(reason: "cannot encode event \(entry.record.id): \(error)")
        }
        let kept = entry.payloads.kept(by: entry.captureMode)
        do {
            payload = kept.isEmpty ? nil : try SealedPayload.seal(kept, eventID: id, key: keyring.current)
        } catch {
            throw .unavailable(reason: "cannot encrypt event \(entry.record.id): \(error)")
        }
    }
}
