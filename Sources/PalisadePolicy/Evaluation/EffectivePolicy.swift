import PalisadeCore

/// The policy one application runs under: `default` with the application's overrides applied,
/// regular expressions compiled and controls turned into rules, ready to evaluate requests and
/// answers without further work.
public struct EffectivePolicy: Sendable {
    /// nil for the default policy.
    public let applicationName: String?
    public let mode: PolicyMode
    public let blockMessage: String
    /// SHA-256 (hex) of the policy file.
    public let version: String
    /// The file's own rules followed by one rule per configured control.
    public let rules: [PolicyRule]

    private let models: ModelControl
    private let limits: LimitControl
    private let systemPrompt: SystemPromptControl
    private let tools: ToolControl
    private let terms: TermMatcher
    private let output: OutputControl
    private let evaluator: RuleEvaluator

    static let defaultBlockMessage = "This request was blocked by your organisation's AI policy."

    init(applicationName: String?, spec: PolicySpec, version: String) {
        self.applicationName = applicationName
        self.mode = spec.mode ?? .enforce
        self.blockMessage = spec.blockMessage ?? Self.defaultBlockMessage
        self.version = version
        self.models = spec.models ?? ModelControl()
        self.limits = spec.limits ?? LimitControl()
        self.systemPrompt = spec.systemPrompt ?? SystemPromptControl()
        self.tools = spec.tools ?? ToolControl()
        self.terms = (spec.terms ?? TermControl()).compiled()
        self.output = spec.output ?? OutputControl()
        self.rules = (spec.rules ?? []) + Self.controlRules(spec)
        self.evaluator = RuleEvaluator(rules: rules)
    }

    /// Whether the gateway should add the application's canary token to system prompts.
    public var usesCanary: Bool { (output.canary ?? .allow) != .allow }

    /// Decides on a request: the detector findings on its segments, plus what the controls find
    /// in the model, size, system prompt, terms and tools.
    public func evaluateInput(_ exchange: Exchange, findings: [Finding], bodyBytes: Int) throws(PolicyEvaluationError) -> PolicyDecision {
        var all = models.findings(model: exchange.model)
        all += limits.findings(exchange: exchange, bodyBytes: bodyBytes)
        all += systemPrompt.findings(exchange: exchange)
        if !terms.isEmpty {
            for segment in exchange.segments { all += terms.findings(in: segment, direction: .input) }
        }
        all += try tools.findings(declared: exchange.declaredTools, calls: exchange.toolCalls, direction: .input)
        return evaluator.decide(all + findings, direction: .input, policy: context)
    }

    /// Decides on an answer: the detector findings on its segments, the output checks (canary,
    /// system-prompt leak, links, markup), banned terms and the tool calls it makes.
    public func evaluateOutput(
        segments: [Segment],
        toolCalls: [ToolCall],
        findings: [Finding],
        request: Exchange,
        canary: String?
    ) throws(PolicyEvaluationError) -> PolicyDecision {
        let detectors = outputDetectors(request: request, canary: canary)
        var all: [Finding] = []
        for segment in segments {
            for detector in detectors {
                all += detector.detect(in: segment.text).map { $0.located(in: segment, direction: .output) }
            }
            if !terms.isEmpty { all += terms.findings(in: segment, direction: .output) }
        }
        all += try tools.findings(declared: [], calls: toolCalls, direction: .output)
        return evaluator.decide(all + findings, direction: .output, policy: context)
    }

    /// The output checks this policy runs on an answer to `request`, as detectors.
    public func outputDetectors(request: Exchange, canary: String?) -> [any Detector] {
        output.detectors(systemPrompt: request.systemPrompt, canary: canary)
    }

    /// A guard for one streamed answer, running this policy's output checks and `detectors`
    /// (the gateway's sensitive-data detectors) as text arrives.
    public func makeStreamGuard(
        request: Exchange,
        canary: String?,
        detectors: [any Detector] = [],
        maxHoldBytes: Int = OutputStreamGuard.defaultMaxHoldBytes
    ) -> OutputStreamGuard {
        OutputStreamGuard(policy: self, detectors: outputDetectors(request: request, canary: canary) + detectors, maxHoldBytes: maxHoldBytes)
    }

    /// The action and matching rules for one finding; used by the stream guard chunk by chunk.
    func judge(_ finding: Finding) -> (action: PolicyAction, matches: [PolicyRuleMatch]) {
        evaluator.judge(finding)
    }

    /// A decision over findings already judged elsewhere (the stream guard's).
    func decide(_ findings: [Finding], direction: Direction) -> PolicyDecision {
        evaluator.decide(findings, direction: direction, policy: context)
    }

    var context: PolicyContext {
        PolicyContext(mode: mode, version: version, blockMessage: blockMessage)
    }

    /// One rule per configured control, selecting the findings that control produces.
    static func controlRules(_ spec: PolicySpec) -> [PolicyRule] {
        var rules: [PolicyRule] = []
        func add(_ id: String, _ action: PolicyAction?, kind: FindingKind = .policy, _ types: Set<String>) {
            let action = action ?? .block
            guard action != .allow else { return }
            rules.append(PolicyRule(id: id, action: action, selector: FindingSelector(kinds: [kind], types: types), location: nil))
        }
        if let models = spec.models { add(ControlRuleID.models, models.action, [PolicyFindingType.modelNotAllowed]) }
        if let limits = spec.limits { add(ControlRuleID.limits, limits.action, [PolicyFindingType.promptTooLarge, PolicyFindingType.maxTokensExceeded]) }
        if let terms = spec.terms { add(ControlRuleID.terms, terms.action, [PolicyFindingType.bannedTerm]) }
        if let prompt = spec.systemPrompt {
            add(ControlRuleID.systemPrompt, prompt.action, [PolicyFindingType.systemPromptMissingRequired, PolicyFindingType.systemPromptForbiddenContent])
        }
        if let tools = spec.tools { add(ControlRuleID.tools, tools.action, [PolicyFindingType.toolNotAllowed, PolicyFindingType.toolArgumentRefused]) }
        if let output = spec.output {
            if let canary = output.canary { add(ControlRuleID.canary, canary, kind: .outputLeak, [PolicyFindingType.canaryLeak]) }
            if let leak = output.systemPromptLeak { add(ControlRuleID.systemPromptLeak, leak, kind: .outputLeak, [PolicyFindingType.systemPromptLeak]) }
            if let links = output.links { add(ControlRuleID.links, links.action, kind: .outputLeak, [PolicyFindingType.exfiltrationLink]) }
            if let html = output.html { add(ControlRuleID.html, html, [PolicyFindingType.unsafeHTML]) }
        }
        return rules
    }
}
