import PalisadeAccess
import PalisadeProviders
import PalisadeTelemetry

/// A request refused at admission: the 429 the caller gets, and which limit refused it, so that
/// metrics can say whether keys, end users, addresses or budgets are being exhausted.
struct AdmissionRefusal: Error, Sendable {
    var scope: RefusingLimit
    var error: ProviderError
}

extension RefusingLimit {
    init(_ scope: RateLimitScope) {
        self = switch scope {
        case .application: .application
        case .key: .key
        case .endUser: .endUser
        case .clientIP: .clientIP
        }
    }
}
