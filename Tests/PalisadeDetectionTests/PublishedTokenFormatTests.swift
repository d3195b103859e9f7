import PalisadeCore
import Testing
@testable import PalisadeDetection

/// Credential formats as their issuers publish them (prefix, then parts of a fixed alphabet and
/// length). Bodies are generated from a fixed seed, so no real or sample key is written here.
@Suite struct PublishedTokenFormatTests {
    struct Format: Sendable, CustomTestStringConvertible {
        enum Part: Sendable {
            case random(String, Int)
            case literal(String)
        }

        var type: String
        var prefix: String
        var parts: [Part]
        /// Whether the format has one length only, so that a character fewer breaks it.
        var fixedLength: Bool
        var testDescription: String { prefix }

        init(_ type: String, _ prefix: String, _ parts: Part..., fixedLength: Bool = true) {
            self.type = type
            self.prefix = prefix
            self.parts = parts
            self.fixedLength = fixedLength
        }

        /// The key, or with `shortenedBy` characters fewer in its last random part.
        func key(shortenedBy missing: Int = 0) -> String {
            var generator = SplitMix64(seed: prefix.utf8.reduce(17) { $0 &* 31 &+ UInt64($1) })
            let lastRandom = parts.lastIndex { if case .random = $0 { true } else { false } }
            var key = prefix
            for (index, part) in parts.enumerated() {
                switch part {
                case .literal(let text): key += text
                case .random(let alphabet, let count):
                    let characters = Array(alphabet)
                    let length = index == lastRandom ? count - missing : count
                    key += String((0..<length).map { _ in characters[Int(generator.next() % UInt64(characters.count))] })
                }
            }
            return key
        }
    }

    static let base62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    static let token = base62 + "-_"
    static let lowerHex = "0123456789abcdef"

    static let formats: [Format] = [
        Format("GROQ_API_KEY", "gsk_", .random(base62, 48)),
        Format("XAI_API_KEY", "xai-", .random(base62, 80)),
        Format("OPENROUTER_API_KEY", "sk-or-v1-", .random(lowerHex, 64)),
        Format("ANTHROPIC_OAUTH_TOKEN", "sk-ant-oat01-", .random(token, 93), .literal("AA")),
        Format("REPLICATE_API_TOKEN", "r8_", .random(base62, 40)),
        Format("PINECONE_API_KEY", "pcsk_", .random(base62, 5), .literal("_"), .random(base62, 63)),
        Format("LANGSMITH_API_KEY", "lsv2_pt_", .random("abcdefghijklmnopqrstuvwxyz0123456789", 32), .literal("_"), .random(lowerHex, 10)),
        Format("GOOGLE_OAUTH_CLIENT_SECRET", "GOCSPX-", .random(token, 28)),
        Format("ALIBABA_ACCESS_KEY_ID", "LTAI", .random(base62, 20)),
        Format("DYNATRACE_API_TOKEN", "dt0c01.", .random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 24), .literal("."),
               .random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 64)),
        Format("TAILSCALE_KEY", "tskey-auth-", .random(base62, 17), .literal("-"), .random(base62, 33), fixedLength: false),
        Format("NEW_RELIC_API_KEY", "NRAK-", .random("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27)),
        Format("HEROKU_API_KEY", "HRKU-AA", .random(token, 58)),
        Format("FLUTTERWAVE_KEY", "FLWSECK_TEST-", .random("abcdefgh0123456789", 32), .literal("-X")),
        Format("SHIPPO_API_TOKEN", "shippo_live_", .random(lowerHex, 40)),
        Format("DOPPLER_TOKEN", "dp.audit.", .random(base62, 44), fixedLength: false),
    ]

    @Test(arguments: formats)
    func keyIsFoundWholeWhereverItIsWritten(_ format: Format) {
        let key = format.key()
        for text in ["API_KEY=\(key)", "token: \"\(key)\"", "I pasted \(key) into the chat."] {
            #expect(detected(text, by: CompositeDetector.secrets()).contains { $0.type == format.type && $0.value == key }, "\(text)")
        }
    }

    @Test(arguments: formats.filter(\.fixedLength))
    func keyOneCharacterShortIsNotTheFormat(_ format: Format) {
        let text = "value: \(format.key(shortenedBy: 1))"
        #expect(!detected(text, by: CompositeDetector.secrets()).contains { $0.type == format.type })
    }

    @Test func herokuKeysStartWithAA() {
        let key = Format("HEROKU_API_KEY", "HRKU-", .random(Self.token, 60)).key()
        #expect(!key.hasPrefix("HRKU-AA"))
        #expect(!detected(key, by: CompositeDetector.secrets()).contains { $0.type == "HEROKU_API_KEY" })
    }

    @Test func slackTriggerWebhook() {
        let url = "https://hooks.slack.com/triggers/T02ABCD1EFG/7012345678901/" + Format(SecretType.slackWebhook, "", .random(Self.lowerHex, 32)).key()
        #expect(detected("POST to \(url) when done", by: CompositeDetector.secrets()).contains {
            $0.type == SecretType.slackWebhook && $0.value == url
        })
    }
}
