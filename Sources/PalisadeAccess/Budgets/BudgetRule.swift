import PalisadeCore

public enum BudgetScope: String, Sendable, Hashable {
    case application
    case key
}

public struct BudgetSubject: Sendable, Hashable, CustomStringConvertible {
    public var scope: BudgetScope
    public var id: String

    public init(_ scope: BudgetScope, _ id: String) {
        self.scope = scope
        self.id = id
    }

    public var description: String { "\(scope.rawValue) \(id)" }
}

/// Daily and monthly spending limits of one subject.
public struct BudgetPolicy: Sendable, Hashable {
    public var daily: CostBudget?
    public var monthly: CostBudget?

    public init(daily: CostBudget? = nil, monthly: CostBudget? = nil) {
        self.daily = daily
        self.monthly = monthly
    }

    public init(_ limits: KeyLimits) {
        self.init(daily: limits.dailyBudget, monthly: limits.monthlyBudget)
    }

    func budget(for kind: BudgetPeriod.Kind) -> CostBudget? {
        kind == .day ? daily : monthly
    }
}

public struct BudgetRule: Sendable, Hashable {
    public var subject: BudgetSubject
    public var policy: BudgetPolicy

    public init(_ subject: BudgetSubject, _ policy: BudgetPolicy) {
        self.subject = subject
        self.policy = policy
    }
}
