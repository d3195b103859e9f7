/// An application's risk score with the reasons for it.
public struct RiskAssessment: Sendable, Hashable, Codable {
    public enum Level: String, Sendable, Codable, CaseIterable, Comparable {
        case low
        case medium
        case high
        case critical

        private var rank: Int {
            switch self {
            case .low: 0
            case .medium: 1
            case .high: 2
            case .critical: 3
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
    }

    /// One reason the score is what it is; controls contribute negative points.
    public struct Factor: Sendable, Hashable, Codable {
        public var name: String
        public var points: Double
        public var explanation: String

        public init(name: String, points: Double, explanation: String) {
            self.name = name
            self.points = points
            self.explanation = explanation
        }
    }

    /// 0...100; the factors' points add up to it (before rounding).
    public var score: Int
    public var level: Level
    /// Contributing factors, largest effect first.
    public var factors: [Factor]

    public init(score: Int, level: Level, factors: [Factor]) {
        self.score = score
        self.level = level
        self.factors = factors
    }
}
