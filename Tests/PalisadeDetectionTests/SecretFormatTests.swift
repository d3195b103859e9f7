import PalisadeCore
import Testing
@testable import PalisadeDetection

/// Provider formats beyond a plain prefix: suffix-checked keys, keys named by their provider, keys
/// in endpoint URLs, header and statement forms.
@Suite struct SecretFormatTests {
    private func secrets(_ text: String) -> [(type: String, value: String)] {
        detected(text, by: CompositeDetector.secrets())
    }

    @Test func anthropicKeysEndInAA() {
        let body = "PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA_2O76UMFxFkM_R5Kjp1vRt-1fjORS_6ilI8ihN5KXSc7Tvo_hBKqFY"
        let key = "sk-ant-api03-\(body)AA"
        #expect(secrets("ANTHROPIC_API_KEY=\(key)").contains { $0.type == SecretType.anthropicKey && $0.value == key })
        #expect(secrets("sk-ant-admin01-\(body)AA").contains { $0.type == SecretType.anthropicKey })
        #expect(!secrets("sk-ant-api03-\(body)BB").contains { $0.type == SecretType.anthropicKey })
        #expect(!secrets("sk-ant-api03-\(body.dropLast(5))AA").contains { $0.type == SecretType.anthropicKey })
    }

    @Test func bedrockLongLivedKeyPrefix() {
        let key = "ABSKQmVkcm9ja0FQSUtleS1" + "BLEPH1qhT61qtc4xatws8phP9nhFyJfm5di4PzJ59FHz5r1pY4OjE2jBMptUsGr7CmY+uCu3ZR1zTOlUcR64cXQLioDnkHIfxIq2HZt/PlJhx2"
        #expect(secrets("AWS_BEARER_TOKEN_BEDROCK=\(key)").contains { $0.type == SecretType.awsBedrockKey && $0.value == key })
        #expect(!secrets("ABSKQmVkcm9ja0FQSUtleS1EXAMPLE").contains { $0.type == SecretType.awsBedrockKey })
    }

    @Test func sumoLogicAccessIDAndKeyNamedByProvider() {
        #expect(secrets("SUMO_ACCESS_ID = \"suz63FfkCzJr4i\"").contains { $0.type == "SUMOLOGIC_ACCESS_ID" && $0.value == "suz63FfkCzJr4i" })
        #expect(secrets("sumoLogic.accessId: suz63FfkCzJr4i").contains { $0.type == "SUMOLOGIC_ACCESS_ID" })
        let key = "0B3JrTAwR4y9ojfljoQoaF1LlqsajAIxNKu8iS2G8NPRVdD53X83RZJzzzzgEOzd"
        #expect(secrets("sumologic: \(key)").contains { $0.type == "SUMOLOGIC_ACCESS_KEY" && $0.value == key })
        // `sumOf...` is not Sumo Logic, and the id has a fixed `su` prefix and length.
        #expect(secrets("totalId = suz63FfkCzJr4i").isEmpty)
        #expect(!secrets("sumOfIds = suz63FfkCzJr4i").contains { $0.type == "SUMOLOGIC_ACCESS_ID" })
        #expect(!secrets("SUMO_ACCESS_ID = \"suz63FfkCzJr4\"").contains { $0.type == "SUMOLOGIC_ACCESS_ID" })
        #expect(!secrets("SUMO_ACCESS_ID = XXXXXXXXXXXXXX").contains { $0.type == "SUMOLOGIC_ACCESS_ID" })
    }

    @Test func sourcegraphTokenNamedByProvider() {
        let token = "626e53aD130C4B3bD026Dc4E8bDbf33feff9243a"
        #expect(secrets("sourcegraph: \(token)").contains { $0.type == "SOURCEGRAPH_TOKEN" && $0.value == token })
        #expect(secrets("commit: \(token)").isEmpty)
        #expect(!secrets("sourcegraph: \(token.dropLast())").contains { $0.type == "SOURCEGRAPH_TOKEN" })
    }

    @Test func softLayerKeyInSOAPEndpoint() {
        let key = "q4k7bn7xj8b7tfq7xkwo886vompzom75wbbr4qmw2wxfogo4mvn4a4wfhym4l1vf"
        #expect(secrets("client = Client('https://api.softlayer.com/soap/v3/\(key)')").contains { $0.type == "SOFTLAYER_API_KEY" && $0.value == key })
        #expect(secrets("https://api.softlayer.com/soap/v3.1/\(key)").contains { $0.type == "SOFTLAYER_API_KEY" })
        #expect(secrets("https://api.softlayer.com/soap/v3/SoftLayer_Account").isEmpty)
        #expect(secrets("https://api.softlayer.com/soap/v3/\(key.dropLast(2))").isEmpty)
    }

    @Test func curlHeaderNamedForAToken() {
        let found = secrets(#"curl -X GET https://api.internal/v1 -H "Accept: application/json" -H "Token: cec255404e4fb440034d6608""#)
        #expect(found.contains { $0.type == SecretType.authorizationHeader && $0.value == "cec255404e4fb440034d6608" })
        #expect(secrets(#"curl --header 'X-Api-Key: Qm7vR2xL9pT4kW8s' https://api.internal"#).contains { $0.value == "Qm7vR2xL9pT4kW8s" })
        #expect(secrets(#"curl -H "Content-Type: application/json" -H "X-Request-Id: 7f3a9c2e41b8d605" https://api.internal"#).isEmpty)
        #expect(secrets(#"curl -H "Token: $API_TOKEN" https://api.internal"#).isEmpty)
        #expect(secrets(#"curl -H "X-CSRF-Token: cec255404e4fb440034d6608" https://api.internal"#).isEmpty)
    }

    @Test func passwordStatementWithoutOperator() {
        #expect(secrets(#"char password "Tr0ub4dor&3x";"#).contains { $0.type == SecretType.password && $0.value == "Tr0ub4dor&3x" })
        #expect(secrets("#define CLIENT_SECRET \"q9W-x3Lr7Tz\"\nint main(void);").contains { $0.value == "q9W-x3Lr7Tz" })
        // Prose that goes on after the quote is not a statement; names that only say "key" need `=`.
        #expect(secrets(#"the password "is rotated" every month"#).isEmpty)
        #expect(secrets(#"keyboard "Tr0ub4dor&3x";"#).isEmpty)
        #expect(secrets(#"password "changeme";"#).isEmpty)
    }

    @Test func dottedNamesAreNotKeys() {
        #expect(secrets(#"<entry key="org.example.v8_runtime" value="on" />"#).isEmpty)
        #expect(secrets(#"api_key = "k3Jd8.xQ92mZ.p0Lw7""#).contains { $0.type == SecretType.genericSecret })
    }
}
