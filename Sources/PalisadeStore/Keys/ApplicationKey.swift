import Foundation
import PalisadeCore

/// Application keys: `pal_` followed by 256 random bits in base62, stored as SHA-256 (see
/// `SecretToken` for why that is enough and why lookups do not leak timing).
public enum ApplicationKey {
    public static let prefix = "pal_"

    /// A new key and the record that stores it.
    public static func generate(
        for applicationID: String,
        now: Date = Date(),
        limits: KeyLimits = KeyLimits(),
        allowedModels: [String] = []
    ) -> (secret: String, stored: StoredKey) {
        let (secret, publicID) = SecretToken.generate(prefix: prefix)
        let stored = StoredKey(
            id: "key_" + publicID,
            applicationID: applicationID,
            hash: hash(secret),
            displayPrefix: SecretToken.displayPrefix(of: secret, prefix: prefix),
            createdAt: now,
            limits: limits,
            allowedModels: allowedModels
        )
        return (secret, stored)
    }

    public static func hash(_ secret: String) -> String {
        SecretToken.hash(secret)
    }
}
