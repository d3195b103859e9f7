import PalisadeCore

/// A credential format recognised by a fixed prefix and the length and alphabet of what follows.
/// Issuers add prefixes exactly so that scanners can find their tokens; this table is Palisade's
/// reading of the published formats.
struct TokenRule: Sendable {
    enum Alphabet: Sendable {
        /// Letters, digits, `-` and `_`.
        case token
        /// Letters and digits only.
        case alphanumeric
        case letters
        case hex
        case lowerHex
        case upperAlphanumeric
        /// Standard or URL-safe base64 including `.` separators (JWT-like bodies).
        case base64
        case digits

        func allows(_ byte: UInt8) -> Bool {
            switch self {
            case .token: byte.isAlnum || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            case .alphanumeric: byte.isAlnum
            case .letters: byte.isLetter
            case .hex: byte.isHex
            case .lowerHex: byte.isDigit || (byte &- UInt8(ascii: "a")) < 6
            case .upperAlphanumeric: byte.isDigit || byte.isUpper
            case .base64: byte.isAlnum || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ".")
            case .digits: byte.isDigit
            }
        }
    }

    let prefix: [UInt8]
    let type: String
    let alphabet: Alphabet
    let length: ClosedRange<Int>
    /// Text that a valid body must contain (OpenAI's `T3BlbkFJ` marker).
    let marker: [UInt8]?
    /// Text that a valid body ends with (Anthropic keys end in `AA`).
    let suffix: [UInt8]?
    /// Whether the prefix may directly follow a letter or digit (it usually may not).
    let allowsGluedPrefix: Bool

    init(_ prefix: String, _ type: String, _ alphabet: Alphabet, _ length: ClosedRange<Int>, marker: String? = nil, suffix: String? = nil,
         glued: Bool = false) {
        self.prefix = Array(prefix.utf8)
        self.type = type
        self.alphabet = alphabet
        self.length = length
        self.marker = marker.map { Array($0.utf8) }
        self.suffix = suffix.map { Array($0.utf8) }
        self.allowsGluedPrefix = glued
    }
}

extension TokenRule {
    /// Published token formats, longest prefix first within a shared first byte.
    static let all: [TokenRule] = [
        TokenRule("AKIA", SecretType.awsAccessKey, .upperAlphanumeric, 16...16),
        TokenRule("ASIA", SecretType.awsAccessKey, .upperAlphanumeric, 16...16),
        TokenRule("ABIA", SecretType.awsAccessKey, .upperAlphanumeric, 16...16),
        TokenRule("ACCA", SecretType.awsAccessKey, .upperAlphanumeric, 16...16),
        TokenRule("A3T", SecretType.awsAccessKey, .upperAlphanumeric, 17...17),
        TokenRule("ABSKQmVkcm9ja0FQSUtleS1", SecretType.awsBedrockKey, .base64, 90...252),
        TokenRule("bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t", SecretType.awsBedrockKey, .base64, 0...2000),
        TokenRule("AIzaSy", SecretType.gcpAPIKey, .token, 33...33),
        TokenRule("github_pat_", SecretType.githubToken, .token, 82...82),
        TokenRule("ghp_", SecretType.githubToken, .alphanumeric, 36...36),
        TokenRule("gho_", SecretType.githubToken, .alphanumeric, 36...36),
        TokenRule("ghu_", SecretType.githubToken, .alphanumeric, 36...36),
        TokenRule("ghs_", SecretType.githubToken, .alphanumeric, 36...36),
        TokenRule("ghr_", SecretType.githubToken, .alphanumeric, 36...36),
        TokenRule("glpat-", SecretType.gitlabToken, .token, 20...20),
        TokenRule("glpat-", SecretType.gitlabToken, .base64, 27...310),
        TokenRule("gldt-", SecretType.gitlabToken, .token, 20...20),
        TokenRule("glsoat-", SecretType.gitlabToken, .token, 20...200),
        TokenRule("glcbt-", SecretType.gitlabToken, .token, 20...200),
        TokenRule("glimt-", SecretType.gitlabToken, .token, 25...25),
        TokenRule("glptt-", SecretType.gitlabToken, .token, 40...40),
        TokenRule("glagent-", SecretType.gitlabToken, .token, 50...1024),
        TokenRule("gloas-", SecretType.gitlabToken, .token, 64...64),
        TokenRule("glrt-", SecretType.gitlabToken, .base64, 20...313),
        TokenRule("glft-", SecretType.gitlabToken, .token, 20...200),
        TokenRule("glffct-", SecretType.gitlabToken, .token, 20...20),
        TokenRule("GR1348941", SecretType.gitlabToken, .token, 20...200),
        TokenRule("sk_live_", SecretType.stripeKey, .alphanumeric, 24...247),
        TokenRule("sk_test_", SecretType.stripeKey, .alphanumeric, 24...247),
        TokenRule("rk_live_", SecretType.stripeKey, .alphanumeric, 24...247),
        TokenRule("rk_test_", SecretType.stripeKey, .alphanumeric, 24...247),
        TokenRule("rk_prod_", SecretType.stripeKey, .alphanumeric, 24...247),
        TokenRule("sk_prod_", SecretType.stripeKey, .alphanumeric, 24...247),
        TokenRule("sk-ant-api03-", SecretType.anthropicKey, .token, 95...95, suffix: "AA"),
        TokenRule("sk-ant-admin01-", SecretType.anthropicKey, .token, 95...95, suffix: "AA"),
        TokenRule("sk-ant-oat01-", "ANTHROPIC_OAUTH_TOKEN", .token, 95...95),
        TokenRule("sk-or-v1-", "OPENROUTER_API_KEY", .lowerHex, 64...64),
        TokenRule("sk-proj-", SecretType.openAIKey, .token, 40...300, marker: "T3BlbkFJ"),
        TokenRule("sk-proj-", SecretType.openAIKey, .token, 120...300),
        TokenRule("sk-svcacct-", SecretType.openAIKey, .token, 40...300),
        TokenRule("sk-admin-", SecretType.openAIKey, .token, 40...300),
        TokenRule("sk-", SecretType.openAIKey, .alphanumeric, 48...48, marker: "T3BlbkFJ"),
        TokenRule("hf_", SecretType.huggingFaceToken, .letters, 34...34),
        TokenRule("api_org_", SecretType.huggingFaceToken, .letters, 34...34),
        TokenRule("npm_", "NPM_TOKEN", .alphanumeric, 36...36),
        TokenRule("pypi-AgEIcHlwaS5vcmc", "PYPI_TOKEN", .base64, 100...400),
        TokenRule("pypi-AgENdGVzdC5weXBpLm9yZw", "PYPI_TOKEN", .base64, 100...400),
        TokenRule("A3-", "1PASSWORD_SECRET_KEY", .token, 36...37),
        TokenRule("SG.", "SENDGRID_API_KEY", .base64, 66...66),
        TokenRule("glc_", "GRAFANA_TOKEN", .base64, 32...400),
        TokenRule("glsa_", "GRAFANA_TOKEN", .token, 41...41),
        TokenRule("dapi", "DATABRICKS_TOKEN", .hex, 32...32),
        TokenRule("AGE-SECRET-KEY-1", "AGE_SECRET_KEY", .upperAlphanumeric, 58...58),
        TokenRule("ATATT3", "ATLASSIAN_API_TOKEN", .base64, 100...300),
        TokenRule("EAAA", "SQUARE_ACCESS_TOKEN", .token, 22...60),
        TokenRule("EAA", "FACEBOOK_ACCESS_TOKEN", .alphanumeric, 100...300),
        TokenRule("sq0atp-", "SQUARE_ACCESS_TOKEN", .token, 22...60),
        TokenRule("sq0csp-", "SQUARE_SECRET", .token, 43...43),
        TokenRule("fo1_", "FLYIO_TOKEN", .token, 43...43),
        TokenRule("fm1r_", "FLYIO_TOKEN", .base64, 100...2000),
        TokenRule("fm1a_", "FLYIO_TOKEN", .base64, 100...2000),
        TokenRule("fm2_", "FLYIO_TOKEN", .base64, 100...2000),
        TokenRule("hvs.", "VAULT_TOKEN", .token, 90...300),
        TokenRule("hvb.", "VAULT_TOKEN", .token, 138...300),
        TokenRule("ico-", "INFRACOST_API_TOKEN", .alphanumeric, 32...32),
        TokenRule("s-s4t2ud-", "INTRA42_CLIENT_SECRET", .lowerHex, 64...64),
        TokenRule("s-s4t2af-", "INTRA42_CLIENT_SECRET", .lowerHex, 64...64),
        TokenRule("ntn_", "NOTION_API_TOKEN", .alphanumeric, 46...46),
        TokenRule("API-", "OCTOPUS_DEPLOY_API_KEY", .upperAlphanumeric, 26...26),
        TokenRule("pplx-", "PERPLEXITY_API_KEY", .alphanumeric, 48...48),
        TokenRule("sntrys_eyJ", "SENTRY_TOKEN", .base64, 60...500),
        TokenRule("sntryu_", "SENTRY_TOKEN", .lowerHex, 64...64),
        TokenRule("sgp_local_", "SOURCEGRAPH_TOKEN", .hex, 40...40),
        TokenRule("sgp_", "SOURCEGRAPH_TOKEN", .hex, 40...40),
        TokenRule("sgp_", "SOURCEGRAPH_TOKEN", .token, 57...57),
        TokenRule("squ_", "SONARQUBE_TOKEN", .alphanumeric, 40...40),
        TokenRule("sqp_", "SONARQUBE_TOKEN", .alphanumeric, 40...40),
        TokenRule("sqa_", "SONARQUBE_TOKEN", .alphanumeric, 40...40),
        TokenRule("ops_eyJ", "1PASSWORD_SERVICE_ACCOUNT_TOKEN", .base64, 250...3000),
        TokenRule("HRKU-AA", "HEROKU_API_KEY", .token, 58...58),
        TokenRule("tk-us-", "SCALINGO_API_TOKEN", .token, 48...48),
        TokenRule("sha256~", "OPENSHIFT_TOKEN", .token, 43...43),
        TokenRule("shpat_", "SHOPIFY_TOKEN", .hex, 32...32),
        TokenRule("shpss_", "SHOPIFY_TOKEN", .hex, 32...32),
        TokenRule("shpca_", "SHOPIFY_TOKEN", .hex, 32...32),
        TokenRule("shppa_", "SHOPIFY_TOKEN", .hex, 32...32),
        TokenRule("xkeysib-", "BREVO_API_KEY", .token, 81...81),
        TokenRule("dp.pt.", "DOPPLER_TOKEN", .alphanumeric, 43...43),
        TokenRule("pnu_", "PREFECT_API_TOKEN", .alphanumeric, 36...36),
        TokenRule("rdme_", "README_API_TOKEN", .alphanumeric, 70...70),
        TokenRule("lin_api_", "LINEAR_API_KEY", .alphanumeric, 40...40),
        TokenRule("PMAK-", "POSTMAN_API_KEY", .token, 59...59),
        TokenRule("dop_v1_", "DIGITALOCEAN_TOKEN", .lowerHex, 64...64),
        TokenRule("doo_v1_", "DIGITALOCEAN_TOKEN", .lowerHex, 64...64),
        TokenRule("AccountKey=", SecretType.azureStorageKey, .base64, 86...88),
        TokenRule("pul-", "PULUMI_API_TOKEN", .lowerHex, 40...40),
        TokenRule("dckr_pat_", "DOCKER_HUB_TOKEN", .token, 27...27),
        TokenRule("rubygems_", "RUBYGEMS_API_KEY", .lowerHex, 48...48),
        TokenRule("AKCp", "ARTIFACTORY_API_KEY", .alphanumeric, 60...80),
        TokenRule("SK", "TWILIO_API_KEY", .lowerHex, 32...32),
        TokenRule("AC", "TWILIO_ACCOUNT_SID", .lowerHex, 32...32),
        TokenRule("xapp-", SecretType.slackToken, .token, 20...200),
        // AI and data platforms.
        TokenRule("gsk_", "GROQ_API_KEY", .alphanumeric, 48...48),
        TokenRule("xai-", "XAI_API_KEY", .alphanumeric, 80...80),
        TokenRule("r8_", "REPLICATE_API_TOKEN", .alphanumeric, 40...40),
        TokenRule("pcsk_", "PINECONE_API_KEY", .token, 69...70, marker: "_"),
        TokenRule("lsv2_pt_", "LANGSMITH_API_KEY", .token, 43...43, marker: "_"),
        TokenRule("lsv2_sk_", "LANGSMITH_API_KEY", .token, 43...43, marker: "_"),
        TokenRule("sbp_", "SUPABASE_ACCESS_TOKEN", .lowerHex, 40...40),
        TokenRule("pscale_tkn_", "PLANETSCALE_TOKEN", .base64, 32...64),
        TokenRule("pscale_oauth_", "PLANETSCALE_TOKEN", .base64, 32...64),
        TokenRule("pscale_pw_", "PLANETSCALE_TOKEN", .base64, 32...64),
        TokenRule("4b1d", "CLICKHOUSE_CLOUD_API_SECRET", .alphanumeric, 38...38),
        // Cloud, CI and infrastructure.
        TokenRule("LTAI", "ALIBABA_ACCESS_KEY_ID", .alphanumeric, 20...20),
        TokenRule("GOCSPX-", "GOOGLE_OAUTH_CLIENT_SECRET", .token, 28...28),
        TokenRule("v1.0-", "CLOUDFLARE_ORIGIN_CA_KEY", .token, 171...171, marker: "-"),
        TokenRule("dor_v1_", "DIGITALOCEAN_TOKEN", .lowerHex, 64...64),
        TokenRule("dt0c01.", "DYNATRACE_API_TOKEN", .base64, 89...89, marker: "."),
        TokenRule("NRAK-", "NEW_RELIC_API_KEY", .alphanumeric, 27...27),
        TokenRule("NRII-", "NEW_RELIC_API_KEY", .token, 32...32),
        TokenRule("eyJrIjoi", "GRAFANA_TOKEN", .base64, 70...403),
        TokenRule("tskey-auth-", "TAILSCALE_KEY", .token, 20...128, marker: "-"),
        TokenRule("tskey-api-", "TAILSCALE_KEY", .token, 20...128, marker: "-"),
        TokenRule("tskey-client-", "TAILSCALE_KEY", .token, 20...128, marker: "-"),
        TokenRule("tskey-scim-", "TAILSCALE_KEY", .token, 20...128, marker: "-"),
        TokenRule("tskey-webhook-", "TAILSCALE_KEY", .token, 20...128, marker: "-"),
        TokenRule("castai_v1_", "CASTAI_API_KEY", .token, 73...73, marker: "_"),
        TokenRule("dnkey-", "DEFINED_NETWORKING_API_TOKEN", .base64, 79...79),
        TokenRule("dp.st.", "DOPPLER_TOKEN", .base64, 40...80),
        TokenRule("dp.audit.", "DOPPLER_TOKEN", .alphanumeric, 40...44),
        TokenRule("bkua_", "BUILDKITE_TOKEN", .alphanumeric, 40...40),
        TokenRule("CLOJARS_", "CLOJARS_API_TOKEN", .alphanumeric, 60...60),
        TokenRule("cmVmd", "ARTIFACTORY_REFERENCE_TOKEN", .alphanumeric, 59...59),
        TokenRule("AQVN", "YANDEX_API_KEY", .token, 35...38),
        // Commerce, payments and SaaS.
        TokenRule("p8e-", "ADOBE_CLIENT_SECRET", .alphanumeric, 32...32),
        TokenRule("authress_", "AUTHRESS_ACCESS_KEY", .base64, 56...195, marker: ".acc"),
        TokenRule("scauth_", "AUTHRESS_ACCESS_KEY", .base64, 56...195, marker: ".acc"),
        TokenRule("duffel_test_", "DUFFEL_API_TOKEN", .base64, 43...43),
        TokenRule("duffel_live_", "DUFFEL_API_TOKEN", .base64, 43...43),
        TokenRule("EZAK", "EASYPOST_API_TOKEN", .alphanumeric, 54...54),
        TokenRule("EZTK", "EASYPOST_API_TOKEN", .alphanumeric, 54...54),
        TokenRule("FLWSECK_TEST-", "FLUTTERWAVE_KEY", .token, 34...34, suffix: "-X"),
        TokenRule("FLWSECK_TEST-", "FLUTTERWAVE_KEY", .alphanumeric, 12...12),
        TokenRule("fio-u-", "FRAMEIO_API_TOKEN", .base64, 64...64),
        TokenRule("sm_aat_", "SETTLEMINT_TOKEN", .alphanumeric, 16...16),
        TokenRule("sm_pat_", "SETTLEMINT_TOKEN", .alphanumeric, 16...16),
        TokenRule("sm_sat_", "SETTLEMINT_TOKEN", .alphanumeric, 16...16),
        TokenRule("shippo_live_", "SHIPPO_API_TOKEN", .hex, 40...40),
        TokenRule("shippo_test_", "SHIPPO_API_TOKEN", .hex, 40...40),
    ]

    /// One bit per possible pair of first two bytes: most words start with a pair no rule uses
    /// and cost one load.
    static let leadingPairs: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 65536 / 64)
        for rule in all {
            let pair = Int(rule.prefix[0]) << 8 | Int(rule.prefix[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()

    @inline(__always) static func mayStart(_ first: UInt8, _ second: UInt8) -> Bool {
        let pair = Int(first) << 8 | Int(second)
        return leadingPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    /// Rules indexed by first byte, so each token start costs one array lookup.
    static let byFirstByte: [[TokenRule]] = {
        var table = [[TokenRule]](repeating: [], count: 256)
        for rule in all { table[Int(rule.prefix[0])].append(rule) }
        return table
    }()
}
