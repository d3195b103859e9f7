import Crypto
import Foundation

/// A signed statement of the chain's head: "chain C had N events retained, ending at sequence
/// S with hash H". A purge also records what it removed, so the kept events still verify.
public struct AuditCheckpoint: Sendable, Hashable {
    public struct Purge: Sendable, Hashable {
        public var firstSequence: Int64
        public var lastSequence: Int64
        public var count: Int64
        /// The hash of the last purged event: what the first kept event points back to.
        public var lastHash: Data
    }

    public var chainID: String
    public var lastSequence: Int64
    public var lastHash: Data
    /// Events retained in the store when signed, from the first kept event to `lastSequence`.
    public var eventCount: Int64
    public var createdAt: Date
    public var purge: Purge?
    public var signerKeyID: String
    public var signature: Data

    var createdAtMilliseconds: Int64 { Int64((createdAt.timeIntervalSince1970 * 1000).rounded()) }

    /// `"palisade-audit/v1/checkpoint" ‖ chain id ‖ last sequence ‖ last hash ‖ count ‖ time (ms)`,
    /// then for a purge `first ‖ last ‖ count ‖ last purged hash`, in the `CanonicalEncoder` encoding.
    var signedBytes: Data {
        var encoder = CanonicalEncoder(domain: "palisade-audit/v1/checkpoint")
        encoder.append(chainID)
        encoder.append(lastSequence)
        encoder.append(lastHash)
        encoder.append(eventCount)
        encoder.append(createdAtMilliseconds)
        if let purge {
            encoder.append(purge.firstSequence)
            encoder.append(purge.lastSequence)
            encoder.append(purge.count)
            encoder.append(purge.lastHash)
        }
        return encoder.bytes
    }

    static func signed(
        chainID: String, lastSequence: Int64, lastHash: Data, eventCount: Int64, purge: Purge? = nil, by key: AuditSigningKey
    ) throws -> AuditCheckpoint {
        let milliseconds = (Date().timeIntervalSince1970 * 1000).rounded()
        var checkpoint = AuditCheckpoint(
            chainID: chainID, lastSequence: lastSequence, lastHash: lastHash, eventCount: eventCount,
            createdAt: Date(timeIntervalSince1970: milliseconds / 1000), purge: purge, signerKeyID: key.id, signature: Data()
        )
        checkpoint.signature = try key.privateKey.signature(for: checkpoint.signedBytes)
        return checkpoint
    }

    public func isSigned(by publicKey: Curve25519.Signing.PublicKey) -> Bool {
        publicKey.isValidSignature(signature, for: signedBytes)
    }
}
