import PalisadeCore

/// One policy block as written: `default`, or an application's overrides. Every field is
/// optional so that an override states only what it changes.
struct PolicySpec: Sendable {
    var mode: PolicyMode?
    var blockMessage: String?
    var rules: [PolicyRule]?
    var models: ModelControl?
    var limits: LimitControl?
    var terms: TermControl?
    var systemPrompt: SystemPromptControl?
    var tools: ToolControl?
    var output: OutputControl?

    /// This block with an application's overrides applied: rules with the same id are replaced
    /// in place and new ones appended, settings override field by field, lists replace.
    func overridden(by other: PolicySpec) -> PolicySpec {
        var merged = self
        merged.mode = other.mode ?? mode
        merged.blockMessage = other.blockMessage ?? blockMessage
        if let overrides = other.rules {
            var rules = self.rules ?? []
            for rule in overrides {
                if let index = rules.firstIndex(where: { $0.id == rule.id }) {
                    rules[index] = rule
                } else {
                    rules.append(rule)
                }
            }
            merged.rules = rules
        }
        merged.models = Self.merge(models, other.models) { $0.overridden(by: $1) }
        merged.limits = Self.merge(limits, other.limits) { $0.overridden(by: $1) }
        merged.terms = Self.merge(terms, other.terms) { $0.overridden(by: $1) }
        merged.systemPrompt = Self.merge(systemPrompt, other.systemPrompt) { $0.overridden(by: $1) }
        merged.tools = Self.merge(tools, other.tools) { $0.overridden(by: $1) }
        merged.output = Self.merge(output, other.output) { $0.overridden(by: $1) }
        return merged
    }

    private static func merge<Control>(_ base: Control?, _ override: Control?, _ combine: (Control, Control) -> Control) -> Control? {
        switch (base, override) {
        case let (base?, override?): combine(base, override)
        case let (nil, override?): override
        case let (base, nil): base
        }
    }
}

/// The ids under which each control's findings are recorded. User rules cannot take them, so a
/// decision always says unambiguously which part of the policy acted.
enum ControlRuleID {
    static let models = "models"
    static let limits = "limits"
    static let terms = "terms"
    static let systemPrompt = "system_prompt"
    static let tools = "tools"
    static let canary = "output.canary"
    static let systemPromptLeak = "output.system_prompt_leak"
    static let links = "output.links"
    static let html = "output.html"

    static let all: Set<String> = [models, limits, terms, systemPrompt, tools, canary, systemPromptLeak, links, html]
}
