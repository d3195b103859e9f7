import Foundation
import HTTPTypes
import PalisadeCore
import PalisadeStore
import Synchronization

/// Resolves the bearer token of an admin call to its principal.
///
/// Tokens are looked up by hash, so the time a lookup takes does not depend on how much of a
/// guessed token is right; results are cached briefly (a revoked token stops working within
/// `cacheLifetime`), unknown tokens included, so guessing cannot turn into database reads.
final class AdminAuthenticator: Sendable {
    private struct Entry {
        var token: StoredAdminToken?
        var expires: ContinuousClock.Instant
    }

    private let store: any Store
    private let cacheLifetime: Duration
    private let cache = Mutex<[String: Entry]>([:])
    private static let maximumCachedTokens = 1_000

    init(store: any Store, cacheLifetime: Duration = .seconds(2)) {
        self.store = store
        self.cacheLifetime = cacheLifetime
    }

    func authenticate(_ headers: HTTPFields) async throws(AdminError) -> AdminPrincipal {
        guard let secret = KeyAuthenticator.presentedKey(authorization: headers[.authorization], apiKeyHeader: nil), secret.hasPrefix(AdminToken.prefix) else {
            throw AdminError(
                status: .unauthorized, code: "missing_admin_token",
                message: "Admin routes need `Authorization: Bearer padm_…`; create a token with `palisade admin create-token NAME --role ROLE`."
            )
        }
        let hash = AdminToken.hash(secret)
        let now = ContinuousClock.now
        let token: StoredAdminToken?
        if let entry = cache.withLock({ $0[hash] }), entry.expires > now {
            token = entry.token
        } else {
            do {
                token = try await store.adminToken(hash: hash)
            } catch {
                throw AdminError(status: .serviceUnavailable, code: "store_unavailable", message: "Palisade cannot verify admin tokens right now: \(error)")
            }
            cache.withLock { cache in
                if cache.count >= Self.maximumCachedTokens { cache.removeAll(keepingCapacity: true) }
                cache[hash] = Entry(token: token, expires: now.advanced(by: cacheLifetime))
            }
        }
        guard let token, token.isUsable(at: Date()) else {
            throw AdminError(status: .unauthorized, code: "invalid_admin_token", message: "The admin token is not valid or has been revoked.")
        }
        return AdminPrincipal(id: token.id, name: token.name, role: token.role)
    }
}
