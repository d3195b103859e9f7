import PalisadeCore

/// Token formats whose shape is more than a prefix and a length: Slack tokens and webhooks,
/// Discord and Microsoft Teams webhooks, Azure AD client secrets, Discord bot tokens, Telegram bot tokens, Mailchimp keys, SoftLayer API
/// keys in SOAP endpoint URLs.
enum SpecialTokenFormats {
    private static let xox = Array("xox".utf8)
    private static let slackHost = Array("hooks.slack.com/".utf8)
    private static let slackServices = Array("services/".utf8)
    private static let slackWorkflows = Array("workflows/".utf8)
    private static let slackTriggers = Array("triggers/".utf8)
    private static let discordHosts = ["discord.com/api/webhooks/", "discordapp.com/api/webhooks/"].map { Array($0.utf8) }
    private static let teamsPath = Array("webhookb2/".utf8)
    private static let officeHost = Array("office.com/".utf8)
    private static let mailchimpDatacenter = Array("-us".utf8)
    private static let softLayerEndpoint = Array("api.softlayer.com/soap/v3".utf8)
    static func match(_ text: UTF8Text, at start: Int) -> Finding? {
        switch text[start] {
        case UInt8(ascii: "x"): return slackToken(text, start)
        case UInt8(ascii: "h"): return slackWebhook(text, start)
        case UInt8(ascii: "M"), UInt8(ascii: "N"), UInt8(ascii: "O"): return discordToken(text, start) ?? mailchimpKey(text, start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return telegramToken(text, start) ?? facebookAppToken(text, start) ?? mailchimpKey(text, start)
        case UInt8(ascii: "a"): return mailchimpKey(text, start) ?? softLayerURLKey(text, start)
        case UInt8(ascii: "d"): return discordWebhook(text, start) ?? mailchimpKey(text, start)
        case UInt8(ascii: "b")...UInt8(ascii: "f"): return mailchimpKey(text, start)
        case UInt8(ascii: "w"): return teamsWebhook(text, start)
        default: return nil
        }
    }

    private static func finding(_ type: String, _ range: Range<Int>, _ text: UTF8Text, confidence: Double = 0.9) -> Finding {
        Finding(.secret, type, .critical, confidence: confidence, range: range, in: text)
    }

    private static func tokenEnd(_ text: UTF8Text, from start: Int, limit: Int = 400, allowDot: Bool = false) -> Int {
        var end = start
        while end < text.count, end - start < limit {
            let byte = text[end]
            guard byte.isAlnum || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || (allowDot && byte == UInt8(ascii: ".")) else { break }
            end += 1
        }
        return end
    }

    /// `xox[abposre]-` tokens: a workspace or app number, then more dash-separated parts.
    /// Config tokens (`xoxe.xoxp-1-...`, `xoxe-1-...`) carry a long base64 body instead.
    static func slackToken(_ text: UTF8Text, _ start: Int) -> Finding? {
        guard text.matchesExactly(xox, at: start) else { return nil }
        let kind = text.byte(at: start + 3)
        guard "abposre".utf8.contains(kind) else { return nil }
        var bodyStart = start + 4
        if kind == UInt8(ascii: "e"), text.byte(at: bodyStart) == UInt8(ascii: "."), text.matchesExactly(xox, at: bodyStart + 1) {
            bodyStart += 5
        }
        guard text.byte(at: bodyStart) == UInt8(ascii: "-") else { return nil }
        let end = tokenEnd(text, from: bodyStart + 1)
        let parts = text.string((bodyStart + 1)..<end).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, end - bodyStart >= 20, !Placeholder.isPlaceholder(text, (bodyStart + 1)..<end) else { return nil }
        let isVersioned = parts[0] == "1" || parts[0] == "2"
        let firstNumber = isVersioned ? parts.dropFirst().first : parts.first
        if isVersioned, parts.count == 2 {
            // Config tokens: one long base64 part.
            guard parts[1].count >= 40 else { return nil }
        } else {
            guard let firstNumber, firstNumber.count >= 5, firstNumber.allSatisfy({ $0.isNumber || $0.isUppercase }),
                  let last = parts.last, last.count >= 10, last.contains(where: \.isNumber)
            else { return nil }
        }
        return finding(SecretType.slackToken, start..<end, text, confidence: 0.95)
    }

    static func slackWebhook(_ text: UTF8Text, _ start: Int) -> Finding? {
        guard text.matchesExactly(slackHost, at: start) else { return nil }
        var cursor = start + slackHost.count
        guard [slackServices, slackWorkflows, slackTriggers].contains(where: { text.matchesExactly($0, at: cursor) }) else { return nil }
        while cursor < text.count, text[cursor] != UInt8(ascii: "/") { cursor += 1 }
        let pathStart = cursor
        while cursor < text.count, text[cursor].isAlnum || text[cursor] == UInt8(ascii: "/") { cursor += 1 }
        let segments = text.string(pathStart..<cursor).split(separator: "/")
        guard segments.count >= 3, segments.last!.count >= 16 else { return nil }
        return finding(SecretType.slackWebhook, urlStart(text, host: start)..<cursor, text, confidence: 0.95)
    }

    /// `https://discord.com/api/webhooks/<id>/<token>`: whoever holds the URL posts as the webhook.
    static func discordWebhook(_ text: UTF8Text, _ start: Int) -> Finding? {
        guard let host = discordHosts.first(where: { text.matchesExactly($0, at: start) }) else { return nil }
        let idStart = start + host.count
        var cursor = idStart
        while cursor < text.count, text[cursor].isDigit { cursor += 1 }
        guard (17...20).contains(cursor - idStart), text.byte(at: cursor) == UInt8(ascii: "/") else { return nil }
        let end = tokenEnd(text, from: cursor + 1)
        guard (60...80).contains(end - cursor - 1), !Placeholder.isPlaceholder(text, (cursor + 1)..<end) else { return nil }
        return finding(SecretType.discordWebhook, urlStart(text, host: start)..<end, text, confidence: 0.95)
    }

    /// Microsoft Teams incoming webhooks (`https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>`),
    /// found at their `webhookb2/` path.
    static func teamsWebhook(_ text: UTF8Text, _ start: Int) -> Finding? {
        guard text.matchesExactly(teamsPath, at: start), text.matchesExactly(officeHost, at: start - officeHost.count) else { return nil }
        var end = start + teamsPath.count
        while end < text.count, end - start < 400,
              text[end].isAlnum || text[end] == UInt8(ascii: "-") || text[end] == UInt8(ascii: "@") || text[end] == UInt8(ascii: "/") { end += 1 }
        let path = text.string((start + teamsPath.count)..<end)
        let parts = path.split(separator: "/")
        guard parts.count >= 4, parts[0].contains("@"), parts[1] == "IncomingWebhook", parts[2].count >= 32 else { return nil }
        var host = start - officeHost.count
        while host > 0, text[host - 1].isAlnum || text[host - 1] == UInt8(ascii: ".") || text[host - 1] == UInt8(ascii: "-") { host -= 1 }
        return finding(SecretType.teamsWebhook, urlStart(text, host: host)..<end, text, confidence: 0.95)
    }

    /// Where a URL starts whose host starts at `host`: its scheme when written.
    private static func urlStart(_ text: UTF8Text, host: Int) -> Int {
        for scheme in ["https://", "http://"] where text.matches(Array(scheme.utf8), at: host - scheme.count) { return host - scheme.count }
        return host
    }

    /// Azure AD client secrets: three characters, a digit, `Q~`, then 31-34 more.
    static func azureClientSecret(_ text: UTF8Text, tilde: Int) -> Finding? {
        guard text.byte(at: tilde - 1) == UInt8(ascii: "Q"), text.byte(at: tilde - 2).isDigit else { return nil }
        let start = tilde - 5
        guard start >= 0 else { return nil }
        func allowed(_ byte: UInt8) -> Bool {
            byte.isAlnum || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
        guard (start..<(tilde - 2)).allSatisfy({ allowed(text[$0]) }), !allowed(text.byte(at: start - 1)) else { return nil }
        var end = tilde + 1
        while end < text.count, end - tilde <= 35, allowed(text[end]) { end += 1 }
        let bodyLength = end - tilde - 1
        guard (31...34).contains(bodyLength), !allowed(text.byte(at: end)),
              !Placeholder.isPlaceholder(text, (tilde + 1)..<end), Entropy.shannon(text, (tilde + 1)..<end) > 3.5
        else { return nil }
        return finding(SecretType.azureClientSecret, start..<end, text, confidence: 0.9)
    }

    /// Discord bot tokens: base64 user id (24-26), timestamp (6), HMAC (27-38), dot-separated.
    static func discordToken(_ text: UTF8Text, _ start: Int) -> Finding? {
        let first = tokenEnd(text, from: start, limit: 27)
        guard (24...26).contains(first - start), text.byte(at: first) == UInt8(ascii: ".") else { return nil }
        let second = tokenEnd(text, from: first + 1, limit: 7)
        guard second - first - 1 == 6, text.byte(at: second) == UInt8(ascii: ".") else { return nil }
        let end = tokenEnd(text, from: second + 1, limit: 39)
        guard (27...38).contains(end - second - 1), text.byte(at: end) != UInt8(ascii: ".") else { return nil }
        return finding(SecretType.discordBotToken, start..<end, text)
    }

    /// Telegram bot tokens: the bot's numeric id, `:`, 35 characters.
    static func telegramToken(_ text: UTF8Text, _ start: Int) -> Finding? {
        var cursor = start
        while cursor < text.count, cursor - start <= 10, text[cursor].isDigit { cursor += 1 }
        guard (8...10).contains(cursor - start), text.byte(at: cursor) == UInt8(ascii: ":"), text.byte(at: cursor + 1) == UInt8(ascii: "A") else { return nil }
        let end = tokenEnd(text, from: cursor + 1, limit: 36)
        guard end - cursor - 1 == 35, !text.byte(at: end).isAlnum else { return nil }
        return finding(SecretType.telegramBotToken, start..<end, text)
    }

    /// Facebook app access tokens: the numeric app id, `|`, the 27-character app secret part.
    static func facebookAppToken(_ text: UTF8Text, _ start: Int) -> Finding? {
        var cursor = start
        while cursor < text.count, cursor - start <= 16, text[cursor].isDigit { cursor += 1 }
        guard (15...16).contains(cursor - start), text.byte(at: cursor) == UInt8(ascii: "|") else { return nil }
        let end = tokenEnd(text, from: cursor + 1, limit: 28)
        guard end - cursor - 1 == 27, !text.byte(at: end).isAlnum, !Placeholder.isPlaceholder(text, (cursor + 1)..<end) else { return nil }
        return finding(SecretType.facebookAccessToken, start..<end, text)
    }

    /// Mailchimp API keys: 32 lowercase hex digits, `-us`, the datacenter number.
    static func mailchimpKey(_ text: UTF8Text, _ start: Int) -> Finding? {
        var cursor = start
        while cursor < text.count, cursor - start < 33, text[cursor].isDigit || (text[cursor] &- UInt8(ascii: "a")) < 6 { cursor += 1 }
        guard cursor - start == 32, text.matchesExactly(mailchimpDatacenter, at: cursor) else { return nil }
        var end = cursor + 3
        while end < text.count, end - cursor < 6, text[end].isDigit { end += 1 }
        guard (1...2).contains(end - cursor - 3), !text.byte(at: end).isAlnum else { return nil }
        return finding(SecretType.mailchimpAPIKey, start..<end, text)
    }

    /// SoftLayer API keys in SOAP endpoint URLs: `api.softlayer.com/soap/v3/` (or `v3.1/`), then
    /// the 64-character key.
    static func softLayerURLKey(_ text: UTF8Text, _ start: Int) -> Finding? {
        guard text.matches(softLayerEndpoint, at: start) else { return nil }
        var cursor = start + softLayerEndpoint.count
        if text.byte(at: cursor) == UInt8(ascii: "."), text.byte(at: cursor + 1).isDigit { cursor += 2 }
        guard text.byte(at: cursor) == UInt8(ascii: "/") else { return nil }
        let keyStart = cursor + 1
        var end = keyStart
        while end < text.count, end - keyStart <= 64, text[end].isDigit || text[end].isLower { end += 1 }
        guard end - keyStart == 64, !text.byte(at: end).isAlnum, !Placeholder.isPlaceholder(text, keyStart..<end) else { return nil }
        return finding(SecretType.softLayerAPIKey, keyStart..<end, text)
    }
}
