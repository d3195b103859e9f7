import Crypto
import Foundation

/// The hash that links an event into the chain:
/// `SHA-256("palisade-audit/v1/event" ‖ sequence ‖ id ‖ previous hash ‖ metadata JSON ‖ key id ‖ nonce ‖ ciphertext)`
/// in the `CanonicalEncoder` encoding, with empty strings for an event without payloads.
enum EventHash {
    static func compute(sequence: Int64, id: String, previousHash: Data, metadata: Data, payload: SealedPayload?) -> Data {
        var encoder = CanonicalEncoder(domain: "palisade-audit/v1/event")
        encoder.append(sequence)
        encoder.append(id)
        encoder.append(previousHash)
        encoder.append(metadata)
        encoder.append(payload?.keyID ?? "")
        encoder.append(payload?.nonce ?? Data())
        encoder.append(payload?.ciphertext ?? Data())
        return Data(SHA256.hash(data: encoder.bytes))
    }

    /// What the first event of a chain points back to: bound to the chain id, so the first
    /// event of one log cannot be passed off as the first of another.
    static func genesis(chainID: String) -> Data {
        var encoder = CanonicalEncoder(domain: "palisade-audit/v1/genesis")
        encoder.append(chainID)
        return Data(SHA256.hash(data: encoder.bytes))
    }
}
