import PalisadeCore

/// `output:` checks on the model's answer. Each check is an action; `allow` (or `false`)
/// switches it off.
struct OutputControl: Sendable {
    var canary: PolicyAction?
    var systemPromptLeak: PolicyAction?
    var links: LinkControl?
    var html: PolicyAction?

    func overridden(by other: OutputControl) -> OutputControl {
        OutputControl(
            canary: other.canary ?? canary,
            systemPromptLeak: other.systemPromptLeak ?? systemPromptLeak,
            links: other.links.map { links?.overridden(by: $0) ?? $0 } ?? links,
            html: other.html ?? html
        )
    }

    /// The detectors the configured checks need for one answer.
    func detectors(systemPrompt: String?, canary token: String?) -> [any Detector] {
        var detectors: [any Detector] = []
        if (canary ?? .allow) != .allow, let token, !token.isEmpty {
            detectors.append(CanaryLeakDetector(canary: token))
        }
        if (systemPromptLeak ?? .allow) != .allow, let systemPrompt, let detector = SystemPromptLeakDetector(systemPrompt: systemPrompt) {
            detectors.append(detector)
        }
        if let links, (links.action ?? .block) != .allow {
            detectors.append(ExfiltrationLinkDetector(allowedDomains: links.allowedDomains ?? []))
        }
        if (html ?? .allow) != .allow {
            detectors.append(UnsafeHTMLDetector())
        }
        return detectors
    }
}

/// `output.links:` where links, images and bare URLs in an answer may point.
struct LinkControl: Sendable {
    var allowedDomains: [DomainPattern]?
    var action: PolicyAction?

    func overridden(by other: LinkControl) -> LinkControl {
        LinkControl(allowedDomains: other.allowedDomains ?? allowedDomains, action: other.action ?? action)
    }
}
