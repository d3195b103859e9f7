import PalisadeCore
import Yams

/// A policy file as written, before inheritance is applied.
struct PolicyDocument {
    var base: PolicySpec
    var applications: [(name: String, spec: PolicySpec)]
}

/// Turns the YAML tree of a policy file into policy blocks, checking each value against the
/// language and every rule for conditions that can never hold.
struct PolicyFileParser {
    var reader: YAMLNodeReader
    let vocabulary: FindingVocabulary

    static let policyKeys = ["mode", "block_message", "rules", "models", "limits", "terms", "system_prompt", "tools", "output"]
    private static let blockOrFlag: [PolicyAction] = [.block, .flag]
    private static let anyButAllow: [PolicyAction] = [.block, .redact, .flag]

    mutating func parse(_ root: Node) -> PolicyDocument {
        var document = PolicyDocument(base: PolicySpec(), applications: [])
        guard let top = reader.fields(of: root, in: "the policy file", allowed: ["version", "default", "applications"]) else { return document }
        if let versionNode = top["version"] {
            if versionNode.int != 1 { reader.report(versionNode, "`version` must be 1, the only version of the policy language") }
        } else {
            reader.report(root, "the policy file must start with `version: 1`")
        }
        if let base = top["default"] {
            document.base = parseSpec(base, in: "`default`")
        }
        if let applications = top["applications"] {
            guard case .mapping(let mapping) = applications else {
                reader.report(applications, "`applications` must map application names to their overrides")
                return document
            }
            for (nameNode, spec) in mapping {
                let name = nameNode.string ?? ""
                document.applications.append((name, parseSpec(spec, in: "application `\(name)`")))
            }
        }
        return document
    }

    private mutating func parseSpec(_ node: Node, in context: String) -> PolicySpec {
        var spec = PolicySpec()
        guard let fields = reader.fields(of: node, in: context, allowed: Self.policyKeys) else { return spec }
        spec.mode = reader.choice(fields["mode"], "mode")
        spec.blockMessage = reader.string(fields["block_message"], "block_message")
        if let rules = reader.sequence(fields["rules"], "rules") {
            spec.rules = parseRules(rules, in: context)
        }
        if let node = fields["models"], let models = reader.fields(of: node, in: "`models`", allowed: ["allow", "deny", "action"]) {
            spec.models = ModelControl(
                allow: reader.strings(models["allow"], "allow")?.map(NamePattern.init),
                deny: reader.strings(models["deny"], "deny")?.map(NamePattern.init),
                action: reader.choice(models["action"], "action", among: Self.blockOrFlag)
            )
        }
        if let node = fields["limits"], let limits = reader.fields(of: node, in: "`limits`", allowed: ["max_prompt_bytes", "max_tokens", "action"]) {
            spec.limits = LimitControl(
                maxPromptBytes: reader.integer(limits["max_prompt_bytes"], "max_prompt_bytes", atLeast: 1),
                maxTokens: reader.integer(limits["max_tokens"], "max_tokens", atLeast: 1),
                action: reader.choice(limits["action"], "action", among: Self.blockOrFlag)
            )
        }
        if let node = fields["terms"], let terms = reader.fields(of: node, in: "`terms`", allowed: ["banned", "patterns", "action"]) {
            spec.terms = TermControl(
                banned: reader.strings(terms["banned"], "banned"),
                patterns: reader.stringNodes(terms["patterns"], "patterns").map { compilePatterns($0) },
                action: reader.choice(terms["action"], "action", among: Self.anyButAllow)
            )
        }
        if let node = fields["system_prompt"], let prompt = reader.fields(of: node, in: "`system_prompt`", allowed: ["require", "forbid", "action"]) {
            spec.systemPrompt = SystemPromptControl(
                require: reader.strings(prompt["require"], "require"),
                forbid: reader.strings(prompt["forbid"], "forbid"),
                action: reader.choice(prompt["action"], "action", among: Self.blockOrFlag)
            )
        }
        if let node = fields["tools"] {
            spec.tools = parseTools(node)
        }
        if let node = fields["output"] {
            spec.output = parseOutput(node)
        }
        return spec
    }

    // MARK: Rules

    private mutating func parseRules(_ nodes: [Node], in context: String) -> [PolicyRule] {
        var rules: [PolicyRule] = []
        var seen: [String: Int] = [:]
        for node in nodes {
            guard let rule = parseRule(node) else { continue }
            if let line = seen[rule.id] {
                reader.report(node, "duplicate rule id `\(rule.id)` in \(context); it was first defined on line \(line)")
                continue
            }
            seen[rule.id] = rule.location?.line ?? 0
            rules.append(rule)
        }
        return rules
    }

    private mutating func parseRule(_ node: Node) -> PolicyRule? {
        guard let fields = reader.fields(of: node, in: "a rule", allowed: ["id", "description", "match", "action"]) else { return nil }
        _ = reader.string(fields["description"], "description")
        guard let id = reader.string(fields["id"], "id") else {
            reader.report(node, "every rule needs an `id`")
            return nil
        }
        if ControlRuleID.all.contains(id), let idNode = fields["id"] {
            reader.report(idNode, "rule id `\(id)` is reserved for the `\(id)` control; choose another")
        }
        let action: PolicyAction? = reader.choice(fields["action"], "action")
        if fields["action"] == nil { reader.report(node, "rule `\(id)` needs an `action` (allow, flag, redact or block)") }
        guard let matchNode = fields["match"] else {
            reader.report(node, "rule `\(id)` needs a `match` (use `match: {}` to match every finding)")
            return nil
        }
        guard let selector = parseSelector(matchNode, ruleID: id), let action else { return nil }
        return PolicyRule(id: id, action: action, selector: selector, location: reader.location(of: node))
    }

    private mutating func parseSelector(_ node: Node, ruleID: String) -> FindingSelector? {
        let keys = ["kind", "types", "min_score", "min_severity", "direction", "roles"]
        guard let fields = reader.fields(of: node, in: "the match of rule `\(ruleID)`", allowed: keys) else { return nil }
        var selector = FindingSelector()
        let problemsBefore = reader.problems.count
        selector.kinds = reader.choices(fields["kind"], "kind").map(Set.init)
        selector.types = reader.strings(fields["types"], "types").map(Set.init)
        selector.minScore = reader.number(fields["min_score"], "min_score")
        selector.minSeverity = reader.choice(fields["min_severity"], "min_severity")
        selector.direction = reader.choice(fields["direction"], "direction")
        selector.roles = reader.choices(fields["roles"], "roles").map(Set.init)
        guard reader.problems.count == problemsBefore else { return nil }
        checkSatisfiable(selector, fields: fields, ruleID: ruleID)
        return selector
    }

    /// Reports conditions no finding can meet, since such a rule silently never acts.
    private mutating func checkSatisfiable(_ selector: FindingSelector, fields: YAMLFields, ruleID: String) {
        let never = "rule `\(ruleID)` can never match"
        for key in ["kind", "types", "roles"] {
            if let node = fields[key], case .sequence(let items) = node, items.isEmpty {
                reader.report(node, "\(never): `\(key)` is an empty list")
            }
        }
        if let score = selector.minScore, !(0...1).contains(score), let node = fields["min_score"] {
            reader.report(node, "\(never): `min_score` is \(score) but scores run from 0 to 1")
        }
        if selector.direction == .output, let roles = selector.roles, !roles.isEmpty, !roles.contains(.assistant), let node = fields["roles"] {
            reader.report(node, "\(never): output findings always have role `assistant`, not \(roles.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        if selector.direction == .input, let kinds = selector.kinds, !kinds.isEmpty, kinds == [.outputLeak], let node = fields["direction"] {
            reader.report(node, "\(never): `output_leak` findings only occur in output")
        }
        if let types = selector.types, let node = fields["types"] {
            checkTypes(types, kinds: selector.kinds, node: node, never: never)
        }
    }

    private mutating func checkTypes(_ types: Set<String>, kinds: Set<FindingKind>?, node: Node, never: String) {
        for type in types.sorted() {
            let declaring = vocabulary.kinds(declaring: type)
            if let kinds, !declaring.isEmpty, kinds.isDisjoint(with: declaring) {
                let owner = declaring.map(\.rawValue).sorted().joined(separator: ", ")
                reader.report(node, "\(never): type `\(type)` belongs to kind `\(owner)`, not \(kinds.map(\.rawValue).sorted().joined(separator: ", "))")
                continue
            }
            let known = (kinds ?? Set(vocabulary.types.keys)).filter { vocabulary.types[$0] != nil }
            if declaring.isEmpty, !known.isEmpty, kinds == nil || known == kinds {
                let candidates = known.flatMap { vocabulary.types[$0] ?? [] }
                reader.report(node, "\(never): unknown type `\(type)`\(Suggestion.hint(for: type, in: candidates))")
            }
        }
    }

    // MARK: Controls

    private mutating func compilePatterns(_ sources: [(value: String, node: Node)]) -> [TextPattern] {
        sources.compactMap { source in
            switch TextPattern.compile(source.value) {
            case .success(let pattern): return pattern
            case .failure(let error):
                reader.report(source.node, "invalid regular expression `\(source.value)`: \(error.reason)")
                return nil
            }
        }
    }

    private mutating func parseTools(_ node: Node) -> ToolControl? {
        guard let fields = reader.fields(of: node, in: "`tools`", allowed: ["allow", "deny", "arguments", "action"]) else { return nil }
        var control = ToolControl(
            allow: reader.strings(fields["allow"], "allow")?.map(NamePattern.init),
            deny: reader.strings(fields["deny"], "deny")?.map(NamePattern.init),
            action: reader.choice(fields["action"], "action", among: Self.blockOrFlag)
        )
        if let entries = reader.sequence(fields["arguments"], "arguments") {
            control.arguments = entries.compactMap { parseArgumentRule($0) }
        }
        return control
    }

    private mutating func parseArgumentRule(_ node: Node) -> ToolArgumentRule? {
        guard let fields = reader.fields(of: node, in: "a `tools.arguments` entry", allowed: ["tool", "argument", "pattern", "allowed_domains"]) else { return nil }
        guard let tool = reader.string(fields["tool"], "tool") else {
            reader.report(node, "a `tools.arguments` entry needs `tool`")
            return nil
        }
        guard fields["pattern"] != nil || fields["allowed_domains"] != nil else {
            reader.report(node, "the `tools.arguments` entry for `\(tool)` needs `pattern` or `allowed_domains`, or it checks nothing")
            return nil
        }
        return ToolArgumentRule(
            tool: NamePattern(tool),
            argument: reader.string(fields["argument"], "argument"),
            pattern: reader.stringNodes(fields["pattern"], "pattern").flatMap { compilePatterns($0).first },
            allowedDomains: reader.strings(fields["allowed_domains"], "allowed_domains")?.map(DomainPattern.init)
        )
    }

    private mutating func parseOutput(_ node: Node) -> OutputControl? {
        guard let fields = reader.fields(of: node, in: "`output`", allowed: ["canary", "system_prompt_leak", "links", "html"]) else { return nil }
        var control = OutputControl(
            canary: outputSwitch(fields["canary"], "canary"),
            systemPromptLeak: outputSwitch(fields["system_prompt_leak"], "system_prompt_leak"),
            html: outputSwitch(fields["html"], "html")
        )
        if let linksNode = fields["links"], let links = reader.fields(of: linksNode, in: "`output.links`", allowed: ["allowed_domains", "action"]) {
            control.links = LinkControl(
                allowedDomains: reader.strings(links["allowed_domains"], "allowed_domains")?.map(DomainPattern.init),
                action: reader.choice(links["action"], "action", among: Self.anyButAllow)
            )
        }
        return control
    }

    /// An output check is an action, or a boolean: `true` blocks, `false` switches it off.
    private mutating func outputSwitch(_ node: Node?, _ name: String) -> PolicyAction? {
        guard let node else { return nil }
        if let enabled = node.bool { return enabled ? .block : .allow }
        return reader.choice(node, name, among: [.block, .flag, .allow])
    }
}
