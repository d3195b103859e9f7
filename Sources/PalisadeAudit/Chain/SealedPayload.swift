import Crypto
import Foundation

/// The encrypted bodies of one event. The event id is the AES-GCM associated data, so a
/// ciphertext moved to another event's row does not decrypt.
struct SealedPayload: Sendable, Hashable {
    var keyID: String
    var nonce: Data
    /// Ciphertext followed by the 16-byte tag.
    var ciphertext: Data

    static func seal(_ payloads: AuditPayloads, eventID: String, key: AuditKey) throws -> SealedPayload {
        let box = try AES.GCM.seal(payloads.framed(), using: key.key, authenticating: Data(eventID.utf8))
        return SealedPayload(keyID: key.id, nonce: Data(box.nonce), ciphertext: box.ciphertext + box.tag)
    }

    func open(eventID: String, keyring: AuditKeyring) throws(AuditError) -> AuditPayloads {
        let key = try keyring.key(id: keyID, eventID: eventID)
        guard ciphertext.count >= 16,
            let nonce = try? AES.GCM.Nonce(data: nonce),
            let box = try? AES.GCM.SealedBox(nonce: nonce, ciphertext: ciphertext.dropLast(16), tag: ciphertext.suffix(16)),
            let plain = try? AES.GCM.open(box, using: key.key, authenticating: Data(eventID.utf8)),
            let payloads = AuditPayloads(framed: plain)
        else { throw .payloadUnreadable(eventID: eventID, keyID: keyID) }
        return payloads
    }
}
