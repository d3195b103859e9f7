/// The `type` strings of secret findings: the credential's issuer and kind.
public enum SecretType {
    public static let awsAccessKey = "AWS_ACCESS_KEY"
    public static let awsBedrockKey = "AWS_BEDROCK_API_KEY"
    public static let gcpAPIKey = "GCP_API_KEY"
    public static let azureClientSecret = "AZURE_CLIENT_SECRET"
    public static let azureStorageKey = "AZURE_STORAGE_KEY"
    public static let githubToken = "GITHUB_TOKEN"
    public static let gitlabToken = "GITLAB_TOKEN"
    public static let slackToken = "SLACK_TOKEN"
    public static let slackWebhook = "SLACK_WEBHOOK"
    public static let discordWebhook = "DISCORD_WEBHOOK"
    public static let teamsWebhook = "TEAMS_WEBHOOK"
    public static let stripeKey = "STRIPE_KEY"
    public static let openAIKey = "OPENAI_API_KEY"
    public static let anthropicKey = "ANTHROPIC_API_KEY"
    public static let huggingFaceToken = "HUGGINGFACE_TOKEN"
    public static let jwt = "JWT"
    public static let privateKey = "PRIVATE_KEY"
    public static let connectionString = "DATABASE_CONNECTION_STRING"
    public static let urlCredentials = "URL_CREDENTIALS"
    public static let authorizationHeader = "AUTHORIZATION_HEADER"
    public static let commandLineCredentials = "COMMAND_LINE_CREDENTIALS"
    public static let genericSecret = "GENERIC_SECRET"
    public static let password = "PASSWORD"
    public static let discordBotToken = "DISCORD_BOT_TOKEN"
    public static let telegramBotToken = "TELEGRAM_BOT_TOKEN"
    public static let facebookAccessToken = "FACEBOOK_ACCESS_TOKEN"
    public static let mailchimpAPIKey = "MAILCHIMP_API_KEY"
    public static let softLayerAPIKey = "SOFTLAYER_API_KEY"

    /// Every type a secret finding can carry: the names above and those of the prefix and
    /// provider-key rule tables, which name their own types.
    public static let all: Set<String> = Set([
        awsAccessKey, awsBedrockKey, gcpAPIKey, azureClientSecret, azureStorageKey, githubToken, gitlabToken, slackToken,
        slackWebhook, discordWebhook, teamsWebhook, stripeKey, openAIKey, anthropicKey, huggingFaceToken, jwt, privateKey, connectionString, urlCredentials,
        authorizationHeader, commandLineCredentials, genericSecret, password, discordBotToken, telegramBotToken,
        facebookAccessToken, mailchimpAPIKey, softLayerAPIKey,
    ]).union(TokenRule.all.map(\.type)).union(ProviderKeyRule.all.map(\.type))
}
