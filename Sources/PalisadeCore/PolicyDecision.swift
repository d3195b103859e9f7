/// What a policy does with an exchange, ordered by precedence: when several rules apply, the
/// strongest wins (`block` > `redact` > `flag` > `allow`).
public enum PolicyAction: String, Sendable, Codable, CaseIterable, Comparable {
    case allow
    case flag
    case redact
    case block

    private var rank: Int {
        switch self {
        case .allow: 0
        case .flag: 1
        case .redact: 2
        case .block: 3
        }
    }

    public static func < (lhs: PolicyAction, rhs: PolicyAction) -> Bool { lhs.rank < rhs.rank }
}

/// `monitor` decides and records what would have happened but changes nothing, so that a new
/// policy can be watched on real traffic before it is enforced.
public enum PolicyMode: String, Sendable, Codable, CaseIterable {
    case enforce
    case monitor
}

/// One rule that applied to an exchange, and why.
public struct PolicyRuleMatch: Sendable, Hashable, Codable {
    public var ruleID: String
    public var action: PolicyAction
    public var reason: String
    /// The finding the rule matched; every rule in Palisade matches findings, so this is only
    /// absent in records written by hand.
    public var finding: Finding?

    public init(ruleID: String, action: PolicyAction, reason: String, finding: Finding? = nil) {
        self.ruleID = ruleID
        self.action = action
        self.reason = reason
        self.finding = finding
    }
}

/// The outcome of evaluating one direction of an exchange against a policy: what the gateway
/// must do, and what the record keeps to explain it.
public struct PolicyDecision: Sendable, Hashable, Codable {
    /// The strongest action any rule asked for, whatever the mode.
    public var action: PolicyAction
    public var mode: PolicyMode
    public var direction: Direction
    public var matches: [PolicyRuleMatch]
    /// Findings whose winning action is `redact`: what the gateway masks when enforcing.
    public var redactions: [Finding]
    /// SHA-256 (hex) of the policy file the decision came from.
    public var policyVersion: String
    /// The message a blocked caller sees.
    public var blockMessage: String
    /// A stable code for the block (`policy_blocked_injection`); nil unless the action is `block`.
    public var errorCode: String?

    public init(
        action: PolicyAction,
        mode: PolicyMode,
        direction: Direction,
        matches: [PolicyRuleMatch] = [],
        redactions: [Finding] = [],
        policyVersion: String,
        blockMessage: String,
        errorCode: String? = nil
    ) {
        self.action = action
        self.mode = mode
        self.direction = direction
        self.matches = matches
        self.redactions = redactions
        self.policyVersion = policyVersion
        self.blockMessage = blockMessage
        self.errorCode = errorCode
    }

    /// The action the gateway applies: in monitor mode nothing is blocked or redacted.
    public var enforcedAction: PolicyAction {
        mode == .enforce ? action : (action == .allow ? .allow : .flag)
    }

    /// The gateway refuses the exchange.
    public var blocks: Bool { mode == .enforce && action == .block }

    /// Monitor mode would have refused the exchange had the policy been enforced.
    public var wouldBlock: Bool { mode == .monitor && action == .block }

    /// The IDs of the rules that matched, in order and without repeats.
    public var matchedRuleIDs: [String] {
        var seen = Set<String>()
        return matches.map(\.ruleID).filter { seen.insert($0).inserted }
    }
}
