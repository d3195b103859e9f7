import PalisadeCore

/// `models:` which model names an application may call. `deny` wins over `allow`; an empty or
/// absent `allow` allows every model not denied.
struct ModelControl: Sendable {
    var allow: [NamePattern]?
    var deny: [NamePattern]?
    var action: PolicyAction?

    func overridden(by other: ModelControl) -> ModelControl {
        ModelControl(allow: other.allow ?? allow, deny: other.deny ?? deny, action: other.action ?? action)
    }

    func findings(model: String?) -> [Finding] {
        guard let model else { return [] }
        if let denied = deny?.first(where: { $0.matches(model) }) {
            return [.policy(PolicyFindingType.modelNotAllowed, "model `\(model)` matches denied pattern `\(denied.pattern)`", direction: .input, path: "model")]
        }
        if let allow, !allow.isEmpty, !allow.contains { $0.matches(model) } {
            return [.policy(PolicyFindingType.modelNotAllowed, "model `\(model)` is not in models.allow", direction: .input, path: "model")]
        }
        return []
    }
}
