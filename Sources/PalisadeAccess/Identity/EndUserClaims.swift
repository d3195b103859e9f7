import Foundation
import JWTKit

/// The payload of an end-user token, read without a fixed shape because the claim that names the
/// user is configurable. Registered claims are picked out; other string claims are kept by name.
struct EndUserClaims: JWTPayload {
    var issuer: String?
    var audiences: [String]
    var expiresAt: Date?
    var notBefore: Date?
    var strings: [String: String]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        var strings: [String: String] = [:]
        for key in container.allKeys {
            if let value = try? container.decode(String.self, forKey: key) { strings[key.stringValue] = value }
        }
        self.strings = strings
        issuer = strings["iss"]
        let audienceKey = Key(stringValue: "aud")
        audiences = (try? container.decode([String].self, forKey: audienceKey)) ?? strings["aud"].map { [$0] } ?? []
        expiresAt = try Self.date(container, "exp")
        notBefore = try Self.date(container, "nbf")
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (name, value) in strings { try container.encode(value, forKey: Key(stringValue: name)) }
        if audiences.count > 1 { try container.encode(audiences, forKey: Key(stringValue: "aud")) }
        if let expiresAt { try container.encode(expiresAt.timeIntervalSince1970, forKey: Key(stringValue: "exp")) }
        if let notBefore { try container.encode(notBefore.timeIntervalSince1970, forKey: Key(stringValue: "nbf")) }
    }

    /// Time claims are checked by `EndUserTokenVerifier` against its clock, which tests control.
    func verify(using algorithm: some JWTAlgorithm) async throws {}

    /// A NumericDate; a claim present with another type makes the token malformed rather than undated.
    private static func date(_ container: KeyedDecodingContainer<Key>, _ name: String) throws -> Date? {
        let key = Key(stringValue: name)
        guard container.contains(key) else { return nil }
        return Date(timeIntervalSince1970: try container.decode(Double.self, forKey: key))
    }
}
