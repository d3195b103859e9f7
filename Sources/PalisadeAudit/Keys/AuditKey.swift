import Crypto
import Foundation

/// A 256-bit key that encrypts audit payloads. It never goes into the database; records name
/// it by `id` so the right key is picked after a rotation.
public struct AuditKey: Sendable {
    public let key: SymmetricKey
    /// The first 4 bytes of the key's SHA-256, in hex: identifies, never reveals, the key.
    public let id: String

    public init(key: SymmetricKey) {
        self.key = key
        id = key.withUnsafeBytes { Hex.string(SHA256.hash(data: Data($0)).prefix(4)) }
    }

    static let byteCount = 32
    static let expectedFormat = "32 bytes of base64 (generate one with `openssl rand -base64 32`)"
}

/// The key that encrypts new payloads plus retired keys that still decrypt old ones.
public struct AuditKeyring: Sendable {
    public let current: AuditKey
    private let keys: [String: AuditKey]

    public init(current: AuditKey, retired: [AuditKey] = []) {
        self.current = current
        var keys = Dictionary(retired.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        keys[current.id] = current
        self.keys = keys
    }

    public static let environmentVariable = "PALISADE_AUDIT_KEY"

    /// Loads the current key from `PALISADE_AUDIT_KEY` or `keyFile` (created with mode 0600 when
    /// missing), and every file in `retiredDirectory` as a retired key. A key file readable by
    /// others, or not holding exactly 32 bytes, stops the load.
    public static func load(
        keyFile: String,
        retiredDirectory: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(AuditError) -> AuditKeyring {
        let current: AuditKey
        if let text = environment[environmentVariable] {
            current = AuditKey(key: SymmetricKey(data: try SecretFile.decode(text, source: environmentVariable, expectedBytes: AuditKey.byteCount, describing: AuditKey.expectedFormat)))
        } else if FileManager.default.fileExists(atPath: keyFile) {
            current = AuditKey(key: SymmetricKey(data: try SecretFile.read(keyFile, expectedBytes: AuditKey.byteCount, describing: AuditKey.expectedFormat)))
        } else {
            let key = SymmetricKey(size: .bits256)
            try SecretFile.create(keyFile, bytes: key.withUnsafeBytes { Data($0) })
            current = AuditKey(key: key)
        }
        var retired: [AuditKey] = []
        if let retiredDirectory, let names = try? FileManager.default.contentsOfDirectory(atPath: retiredDirectory) {
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = (retiredDirectory as NSString).appendingPathComponent(name)
                retired.append(AuditKey(key: SymmetricKey(data: try SecretFile.read(path, expectedBytes: AuditKey.byteCount, describing: AuditKey.expectedFormat))))
            }
        }
        return AuditKeyring(current: current, retired: retired)
    }

    /// Whether events sealed under `keyID` can be read with this keyring.
    public func holds(keyID: String) -> Bool { keys[keyID] != nil }

    func key(id: String, eventID: String) throws(AuditError) -> AuditKey {
        guard let key = keys[id] else { throw .unknownKey(keyID: id, eventID: eventID) }
        return key
    }
}
