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

    @Test func serviceNamesThatContainMetadataWordsStillNameASecret() {
        #expect(secrets("BITBUCKET_CLIENT_SECRET=Qm7vR2xL9pT4kW8sZ3nB").contains { $0.type == SecretType.genericSecret && $0.value == "Qm7vR2xL9pT4kW8sZ3nB" })
        #expect(secrets("CROWDSTRIKE_CLIENT_SECRET: k8Zp2Qw9Lm4Xr7Tn3Vb6").contains { $0.value == "k8Zp2Qw9Lm4Xr7Tn3Vb6" })
        #expect(secrets("hashicorp_token = \"hvb.Qm7vR2xL9pT4kW8sZ3nB5\"").contains { $0.value == "hvb.Qm7vR2xL9pT4kW8sZ3nB5" })
        // The same words standing alone still say the value is no secret.
        for name in ["rowKey", "cacheKey", "bucket_key", "hash_key", "publicKey", "maxTokens", "keyboard_key"] {
            #expect(secrets("\(name) = \"Qm7vR2xL9pT4kW8sZ3nB\"").isEmpty, "\(name)")
        }
    }

    @Test func passwordFlagsOfClientsThatTakeOne() {
        let cases = [
            ("mysql -u app -pR7x!kQ2vLm9 -h db.internal orders", "R7x!kQ2vLm9"),
            ("sudo MYSQL_HOST=db mysqldump -uroot -p'R7x kQ2vLm9' orders", "R7x kQ2vLm9"),
            ("sshpass -p 'Wq8#zLp3Tr' ssh deploy@10.0.0.4", "Wq8#zLp3Tr"),
            ("cd /srv && /usr/bin/redis-cli -h cache -a Vb6nM2qP9xZ1 ping", "Vb6nM2qP9xZ1"),
            ("echo ok; docker login -u ci -p Hk3mQ9vZ2xWt registry.example.com", "Hk3mQ9vZ2xWt"),
            ("helm registry login -u bot -p Hk3mQ9vZ2xWt ghcr.io", "Hk3mQ9vZ2xWt"),
            ("mongosh --host db -u admin -p Zr5tY8uI1oP2 admin", "Zr5tY8uI1oP2"),
        ]
        for (line, password) in cases {
            #expect(secrets(line).contains { $0.type == SecretType.commandLineCredentials && $0.value == password }, "\(line)")
        }
    }

    @Test(arguments: [
        "ssh -p 2222 deploy@10.0.0.4",
        "docker run -p 8080:80 nginx",
        "mysql -u app -p orders",
        "mysql -u app -p$MYSQL_PASSWORD orders",
        "docker login -u ci -p ${{ secrets.REGISTRY_TOKEN }} ghcr.io",
        "git commit -a -m 'fix parser'",
        "redis-cli -a <password> ping",
        "sshpass -p password ssh host",
    ])
    func flagsThatAreNoPassword(_ line: String) {
        #expect(secrets(line).isEmpty)
    }

    @Test func configurationXMLElementsAndKeyValuePairs() {
        #expect(secrets("<connection><password>Tr0ub4dor&amp;3x</password></connection>").contains { $0.type == SecretType.password && $0.value == "Tr0ub4dor&amp;3x" })
        #expect(secrets(#"<add key="ApiSecret" value="k8Zp2Qw9Lm4Xr7Tn3Vb6" />"#).contains { $0.value == "k8Zp2Qw9Lm4Xr7Tn3Vb6" })
        #expect(secrets(#"<setting name="SmtpPassword" value="Wq8#zLp3Tr"/>"#).contains { $0.type == SecretType.password && $0.value == "Wq8#zLp3Tr" })
        #expect(secrets("<password>changeme</password>").isEmpty)
        #expect(secrets("<password>${DB_PASSWORD}</password>").isEmpty)
        #expect(secrets(#"<add key="PageSize" value="k8Zp2Qw9Lm4Xr7Tn3Vb6" />"#).isEmpty)
        #expect(secrets("<token>\n  <expiry>3600</expiry>\n</token>").isEmpty)
    }

    @Test func urlWithAPasswordAndNoUser() {
        #expect(secrets("REDIS_URL=redis://:Vb6nM2qP9xZ1@cache.internal:6379/0").contains { $0.value == "Vb6nM2qP9xZ1" })
        // An empty user with a short "password" is more often a port-like artefact than a secret.
        #expect(secrets("redis://:abc@cache:6379").isEmpty)
    }

    private func generated(_ count: Int, from alphabet: String, seed: UInt64) -> String {
        var generator = SplitMix64(seed: seed)
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters[Int(generator.next() % UInt64(characters.count))] })
    }

    @Test func chatWebhooksCarryTheirToken() {
        let id = generated(19, from: "0123456789", seed: 1)
        let token = generated(68, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", seed: 2)
        let discord = "https://discord.com/api/webhooks/\(id)/\(token)"
        #expect(secrets("post alerts to \(discord) please").contains { $0.type == SecretType.discordWebhook && $0.value == discord })
        #expect(secrets("https://discordapp.com/api/webhooks/\(id)/\(token)").contains { $0.type == SecretType.discordWebhook })
        #expect(!secrets("https://discord.com/api/webhooks/\(id)/\(token.prefix(40))").contains { $0.type == SecretType.discordWebhook })
        #expect(!secrets("https://discord.com/api/webhooks/\(id.prefix(10))/\(token)").contains { $0.type == SecretType.discordWebhook })

        let hex = "0123456789abcdef"
        let guid = { (seed: UInt64) in [8, 4, 4, 4, 12].enumerated().map { self.generated($1, from: hex, seed: seed &+ UInt64($0)) }.joined(separator: "-") }
        let path = "webhookb2/\(guid(10))@\(guid(20))/IncomingWebhook/\(generated(32, from: hex, seed: 30))/\(guid(40))"
        let teams = "https://contoso.webhook.office.com/\(path)"
        #expect(secrets("TEAMS_URL=\(teams)").contains { $0.type == SecretType.teamsWebhook && $0.value == teams })
        #expect(!secrets("https://contoso.webhook.office.com/webhookb2/IncomingWebhook").contains { $0.type == SecretType.teamsWebhook })
        #expect(!secrets("https://example.com/\(path)").contains { $0.type == SecretType.teamsWebhook })
    }

    @Test func dottedNamesAreNotKeys() {
        #expect(secrets(#"<entry key="org.example.v8_runtime" value="on" />"#).isEmpty)
        #expect(secrets(#"api_key = "k3Jd8.xQ92mZ.p0Lw7""#).contains { $0.type == SecretType.genericSecret })
    }
}
