import Crypto
import Foundation

/// The key that encrypts redacted values at rest. It never lives in the database: it comes from
/// `PALISADE_VAULT_KEY` (32 bytes, base64) or from a key file, created with mode 0600 on first
/// use. Records name the key's id, so after a rotation old entries are recognised as unreadable
/// rather than decrypted into garbage.
public struct VaultKey: Sendable {
    public let key: SymmetricKey
    /// The first 8 bytes of the key's SHA-256, in hex: identifies, never reveals, the key.
    public let id: String

    public init(key: SymmetricKey) {
        self.key = key
        id = key.withUnsafeBytes { SHA256.hash(data: Data($0)) }.prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    public static let environmentVariable = "PALISADE_VAULT_KEY"

    public static func load(file: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(VaultKeyError) -> VaultKey {
        if let text = environment[environmentVariable] {
            return try decode(text, source: environmentVariable)
        }
        if FileManager.default.fileExists(atPath: file) {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw .unreadable(file) }
            return try decode(text, source: file)
        }
        let directory = (file as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        let key = SymmetricKey(size: .bits256)
        let text = key.withUnsafeBytes { Data($0).base64EncodedString() } + "\n"
        guard FileManager.default.createFile(atPath: file, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw .cannotCreate(file)
        }
        return VaultKey(key: key)
    }

    private static func decode(_ text: String, source: String) throws(VaultKeyError) -> VaultKey {
        guard let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), bytes.count == 32 else {
            throw .malformed(source)
        }
        return VaultKey(key: SymmetricKey(data: bytes))
    }
}

public enum VaultKeyError: Error, Sendable, CustomStringConvertible {
    case malformed(String)
    case unreadable(String)
    case cannotCreate(String)

    public var description: String {
        switch self {
        case .malformed(let source): "The vault key in \(source) is not 32 bytes of base64; generate one with `openssl rand -base64 32`."
        case .unreadable(let file): "Cannot read the vault key file \(file); check its permissions."
        case .cannotCreate(let file): "Cannot create the vault key file \(file); check that its directory is writable."
        }
    }
}
