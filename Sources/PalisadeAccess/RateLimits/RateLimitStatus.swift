import PalisadeCore

/// Where one limit stands for a request: what the `x-ratelimit-*` headers report.
public struct RateLimitState: Sendable, Hashable {
    public var subject: RateLimitSubject
    public var limit: Int
    /// Whole units left now; never negative.
    public var remaining: Int
    /// Seconds until the bucket is full again.
    public var resetAfter: Double
}

/// The tightest request limit and the tightest token limit among those that applied, reported on
/// every response in OpenAI's header names so that SDK back-off logic works through Palisade.
public struct RateLimitStatus: Sendable, Hashable {
    public var requests: RateLimitState?
    public var tokens: RateLimitState?

    public var headers: [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        for (unit, state) in [("requests", requests), ("tokens", tokens)] {
            guard let state else { continue }
            headers.append(("x-ratelimit-limit-\(unit)", String(state.limit)))
            headers.append(("x-ratelimit-remaining-\(unit)", String(state.remaining)))
            headers.append(("x-ratelimit-reset-\(unit)", Self.format(state.resetAfter)))
        }
        return headers
    }

    /// Go-style durations as OpenAI writes them: `20ms`, `1s`, `6m0s`, `1h2m3.5s`.
    static func format(_ seconds: Double) -> String {
        let milliseconds = Int(saturating: (max(0, seconds) * 1000).rounded(.up))
        if milliseconds < 1000 { return "\(milliseconds)ms" }
        let hours = milliseconds / 3_600_000
        let minutes = milliseconds / 60_000 % 60
        let wholeSeconds = milliseconds / 1000 % 60
        let fraction = milliseconds % 1000
        var text = ""
        if hours > 0 { text += "\(hours)h" }
        if hours > 0 || minutes > 0 { text += "\(minutes)m" }
        text += "\(wholeSeconds)"
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 3 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "s"
    }
}

/// Why a request was refused for rate, and when to try again: everything a 429 needs.
public struct RateLimitRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Limit: String, Sendable, Hashable {
        case requests
        case tokens
        case concurrentRequests = "concurrent_requests"
    }

    public var subject: RateLimitSubject
    public var limit: Limit
    /// The configured limit: units per interval, or requests at once.
    public var limitValue: Int
    public var remaining: Int
    /// What this request needed: 1 request, its estimated tokens, or one slot.
    public var requested: Int
    /// Whole seconds until the request could fit, at least 1: the `Retry-After` value.
    public var retryAfter: Int
    public var status: RateLimitStatus

    /// `Retry-After` and the `x-ratelimit-*` headers.
    public var headers: [(name: String, value: String)] {
        [("retry-after", String(retryAfter))] + status.headers
    }

    public var description: String {
        switch limit {
        case .requests:
            "Rate limit reached for \(subject): \(limitValue) requests per interval. Retry after \(retryAfter)s."
        case .tokens where requested > limitValue:
            "This request needs about \(requested) tokens but \(subject) may use at most \(limitValue) per interval; send a smaller request."
        case .tokens:
            "Token rate limit reached for \(subject): \(limitValue) tokens per interval, \(remaining) left, this request needs about \(requested). Retry after \(retryAfter)s."
        case .concurrentRequests:
            "Too many requests in flight for \(subject): at most \(limitValue) at once. Retry when one finishes."
        }
    }
}
