import Foundation
import PalisadeAccess
import PalisadeCore
import PalisadeProviders
import PalisadeStore
import Synchronization

/// Resolves the key a caller presents to its application.
///
/// Lookups are cached for a few seconds so that the store is not read on every request; a
/// revoked key therefore stops working within `cacheLifetime`. Unknown keys are cached too, so a
/// client guessing keys cannot turn each guess into a database read, but apart from known keys,
/// so that a flood of guesses can never evict the keys real callers use.
final class KeyAuthenticator: Sendable {
    private struct Entry {
        var identity: CallerIdentity?
        var expires: ContinuousClock.Instant
    }

    private let store: any Store
    /// Expiry and revocation are read against this clock; the cache's lifetime is not.
    private let clock: any AccessClock
    private let cacheLifetime: Duration
    private let cache = Mutex<[String: Entry]>([:])
    private let unknownKeys = Mutex<[String: Entry]>([:])
    private static let maximumCachedKeys = 10_000

    init(store: any Store, clock: any AccessClock, cacheLifetime: Duration = .seconds(5)) {
        self.store = store
        self.clock = clock
        self.cacheLifetime = cacheLifetime
    }

    /// The identity behind `presentedKey`, or the 401 to answer with. A store failure is a 503:
    /// an unidentified caller is never let through, whatever the failure mode.
    func authenticate(_ presentedKey: String?) async throws(ProviderError) -> CallerIdentity {
        guard let presentedKey, !presentedKey.isEmpty else {
            throw ProviderError(
                status: 401,
                code: "missing_api_key",
                message: "No Palisade application key was sent. Use the key printed by `palisade apps create` as your SDK's API key."
            )
        }
        let hash = ApplicationKey.hash(presentedKey)
        let now = ContinuousClock.now
        if let entry = cache.withLock({ $0[hash] }) ?? unknownKeys.withLock({ $0[hash] }), entry.expires > now {
            return try usable(entry.identity)
        }
        let identity: CallerIdentity?
        do {
            identity = try await store.keyAndApplication(hash: hash).map { CallerIdentity(application: $0.application, key: $0.key) }
        } catch {
            throw ProviderError(status: 503, code: "store_unavailable", message: "Palisade cannot verify keys right now: \(error)")
        }
        let entry = Entry(identity: identity, expires: now.advanced(by: cacheLifetime))
        if identity == nil {
            unknownKeys.withLock { unknown in
                if unknown.count >= Self.maximumCachedKeys { unknown.removeAll(keepingCapacity: true) }
                unknown[hash] = entry
            }
        } else {
            cache.withLock { cache in
                if cache.count >= Self.maximumCachedKeys {
                    cache = cache.filter { $0.value.expires > now }
                    if cache.count >= Self.maximumCachedKeys { cache.removeAll(keepingCapacity: true) }
                }
                cache[hash] = entry
            }
        }
        return try usable(identity)
    }

    private func usable(_ identity: CallerIdentity?) throws(ProviderError) -> CallerIdentity {
        guard let identity, identity.key.isUsable(at: clock.now) else {
            throw ProviderError(status: 401, code: "invalid_api_key", message: "The Palisade application key is not valid, or has been revoked or has expired.")
        }
        return identity
    }
}

extension KeyAuthenticator {
    /// The key from `Authorization: Bearer …` (OpenAI SDKs) or `x-api-key` (Anthropic SDKs).
    static func presentedKey(authorization: String?, apiKeyHeader: String?) -> String? {
        if let apiKeyHeader, !apiKeyHeader.isEmpty { return apiKeyHeader }
        guard let authorization else { return nil }
        // On every request: compared on bytes, as Foundation's lowercasing and trimming showed
        // in profiles.
        let header = authorization.utf8.drop { isSpace($0) }
        guard let space = header.firstIndex(where: isSpace) else { return nil }
        let scheme = header[..<space]
        guard scheme.count == 6, zip(scheme, "bearer".utf8).allSatisfy({ $0 | 0x20 == $1 }) else { return nil }
        var token = header[space...].drop { isSpace($0) }
        while let last = token.last, isSpace(last) { token = token.dropLast() }
        return String(Substring(token))
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
