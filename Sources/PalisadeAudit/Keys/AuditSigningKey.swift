import Crypto
import Foundation

/// The Ed25519 key that signs checkpoints. Verifiers need only its public half, exported next
/// to the database so that it can be copied to wherever logs are checked.
public struct AuditSigningKey: Sendable {
    public let privateKey: Curve25519.Signing.PrivateKey

    public init(privateKey: Curve25519.Signing.PrivateKey) {
        self.privateKey = privateKey
    }

    public var publicKey: Curve25519.Signing.PublicKey { privateKey.publicKey }
    /// Names the signer in checkpoints and in OCSF `authority_uid`.
    public var id: String { Self.id(of: publicKey) }

    static let expectedFormat = "a 32-byte Ed25519 private key in base64"
    static let publicKeyFormat = "a 32-byte Ed25519 public key in base64"

    /// Loads the private key from `file` (generated with mode 0600 when missing) and writes its
    /// public key, base64, to `publicKeyFile`.
    public static func load(file: String, publicKeyFile: String) throws(AuditError) -> AuditSigningKey {
        let signingKey: AuditSigningKey
        if FileManager.default.fileExists(atPath: file) {
            let bytes = try SecretFile.read(file, expectedBytes: 32, describing: expectedFormat)
            guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes) else { throw .malformedKey(source: file, expected: expectedFormat) }
            signingKey = AuditSigningKey(privateKey: key)
        } else {
            let key = Curve25519.Signing.PrivateKey()
            try SecretFile.create(file, bytes: key.rawRepresentation)
            signingKey = AuditSigningKey(privateKey: key)
        }
        try SecretFile.write(publicKeyFile, text: signingKey.publicKey.rawRepresentation.base64EncodedString() + "\n", permissions: 0o644)
        return signingKey
    }

    /// Reads a public key exported by `load(file:publicKeyFile:)`.
    public static func publicKey(file: String) throws(AuditError) -> Curve25519.Signing.PublicKey {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw .unreadableKeyFile(path: file) }
        let bytes = try SecretFile.decode(text, source: file, expectedBytes: 32, describing: publicKeyFormat)
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: bytes) else {
            throw .malformedKey(source: file, expected: publicKeyFormat)
        }
        return key
    }

    public static func id(of publicKey: Curve25519.Signing.PublicKey) -> String {
        Hex.string(SHA256.hash(data: publicKey.rawRepresentation).prefix(8))
    }
}
