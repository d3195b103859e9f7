import PalisadeCore

/// Finds rules that fight each other in one effective policy: two rules with the same match but
/// different actions (which one the author meant is unknowable), and rules an `allow` rule
/// exempts entirely (they can never act).
enum RuleConflictChecker {
    /// `involving` limits the report to pairs with at least one of these rule ids; an
    /// application passes the ids it defines, since conflicts among inherited rules alone were
    /// already reported for `default`.
    static func problems(in rules: [PolicyRule], controlRules: [PolicyRule], context: String, involving: Set<String>? = nil) -> [PolicyProblem] {
        func relevant(_ first: PolicyRule, _ second: PolicyRule) -> Bool {
            involving.map { $0.contains(first.id) || $0.contains(second.id) } ?? true
        }
        var problems: [PolicyProblem] = []
        for (index, later) in rules.enumerated() {
            guard let location = later.location else { continue }
            for earlier in rules[..<index] where earlier.selector == later.selector && earlier.action != later.action && relevant(earlier, later) {
                problems.append(location.problem(
                    "rule `\(later.id)` contradicts rule `\(earlier.id)`\(line(of: earlier)) in \(context): both match \(later.selector.summary), one says `\(earlier.action.rawValue)`, the other `\(later.action.rawValue)`"
                ))
            }
        }
        for exemption in rules where exemption.action == .allow {
            guard let location = exemption.location else { continue }
            for shadowed in rules + controlRules where shadowed.action != .allow && shadowed.selector != exemption.selector
                && exemption.selector.covers(shadowed.selector) && relevant(exemption, shadowed) {
                let what = shadowed.location == nil ? "control `\(shadowed.id)`" : "rule `\(shadowed.id)`\(line(of: shadowed))"
                problems.append(location.problem(
                    "\(what) can never act in \(context): allow rule `\(exemption.id)` exempts every finding it matches"
                ))
            }
        }
        return problems
    }

    private static func line(of rule: PolicyRule) -> String {
        rule.location.map { " (line \($0.line))" } ?? ""
    }
}
