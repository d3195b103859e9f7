@testable import PalisadeGateway
import Testing

@Suite struct KeyAuthenticatorTests {
    @Test(arguments: [
        ("Bearer pal_abc", "pal_abc"),
        ("bearer pal_abc", "pal_abc"),
        ("BEARER   pal_abc \t", "pal_abc"),
        (" Bearer pal_abc", "pal_abc"),
    ])
    func theBearerTokenIsTheKey(header: String, key: String) {
        #expect(KeyAuthenticator.presentedKey(authorization: header, apiKeyHeader: nil) == key)
    }

    @Test(arguments: ["Basic cGFsOnNlY3JldA==", "Bearer", "Bearerpal_abc", "Token pal_abc", ""])
    func otherSchemesPresentNoKey(header: String) {
        #expect(KeyAuthenticator.presentedKey(authorization: header, apiKeyHeader: nil) == nil)
    }

    @Test func theAnthropicHeaderComesFirst() {
        #expect(KeyAuthenticator.presentedKey(authorization: "Bearer pal_other", apiKeyHeader: "pal_abc") == "pal_abc")
    }
}
