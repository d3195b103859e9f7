import Foundation

/// How Palisade scores an application's risk from 0 to 100. Every weight can be set in
/// `palisade.yaml` under `risk:`; the defaults below are the documented model.
///
/// The score adds three families of points, then takes off a share for the controls in force:
///
/// - **Exposure** (up to 40): `reach.points` for how many distinct end users and client addresses
///   use the application, growing with the logarithm of that number until `reach.saturation`;
///   plus the sensitivity weight of every class of data seen in its traffic (credentials weigh
///   most, then government ids and payment data, then contact details), capped at
///   `sensitiveDataCap`.
/// - **Threats** (up to 60): injection and jailbreak attempts, leaks in answers, blocked outputs
///   and rate-limit refusals, each as a rate per 1,000 requests over a window that decays with
///   `threatHalfLifeDays`. A rate `r` earns `points × (1 − e^(−r / scale))`: the first incidents
///   count most, and no single signal exceeds its points.
/// - **Controls** multiply the sum by `1 − reduction`, where `reduction` adds the share of each
///   control in force (enforced policy, or monitor-only; redaction; rate limits; budgets), at
///   most `maximumReduction`: controls lower risk but never hide it.
///
/// More threats or exposure never lower the score, and more controls never raise it, provided
/// `monitorReduction <= enforceReduction` (the defaults).
public struct RiskModel: Sendable, Hashable, Codable {
    public struct Reach: Sendable, Hashable, Codable {
        public var points: Double
        /// The number of distinct users and addresses at which reach earns all its points.
        public var saturation: Int

        public init(points: Double, saturation: Int) {
            self.points = points
            self.saturation = saturation
        }
    }

    /// Points for one rate per 1,000 requests: `points × (1 − e^(−rate / scale))`.
    public struct RateWeight: Sendable, Hashable, Codable {
        public var points: Double
        /// The rate per 1,000 requests that earns 63 % of the points.
        public var scale: Double

        public init(points: Double, scale: Double) {
            self.points = points
            self.scale = scale
        }

        func points(forRate rate: Double) -> Double {
            guard rate > 0, scale > 0 else { return 0 }
            return points * (1 - exp(-rate / scale))
        }
    }

    public struct ControlReductions: Sendable, Hashable, Codable {
        public var enforceReduction: Double
        public var monitorReduction: Double
        public var redactionReduction: Double
        public var rateLimitReduction: Double
        public var budgetReduction: Double
        public var maximumReduction: Double

        public init(
            enforceReduction: Double,
            monitorReduction: Double,
            redactionReduction: Double,
            rateLimitReduction: Double,
            budgetReduction: Double,
            maximumReduction: Double
        ) {
            self.enforceReduction = enforceReduction
            self.monitorReduction = monitorReduction
            self.redactionReduction = redactionReduction
            self.rateLimitReduction = rateLimitReduction
            self.budgetReduction = budgetReduction
            self.maximumReduction = maximumReduction
        }
    }

    /// Scores at or above which an application is medium, high, critical.
    public struct LevelThresholds: Sendable, Hashable, Codable {
        public var medium: Double
        public var high: Double
        public var critical: Double

        public init(medium: Double, high: Double, critical: Double) {
            self.medium = medium
            self.high = high
            self.critical = critical
        }
    }

    public var reach: Reach
    public var sensitivity: [DataSensitivity: Double]
    public var sensitiveDataCap: Double
    public var attacks: RateWeight
    public var leaks: RateWeight
    public var blockedOutputs: RateWeight
    public var rateLimitRefusals: RateWeight
    public var controls: ControlReductions
    public var threatHalfLifeDays: Double
    public var levels: LevelThresholds

    public init(
        reach: Reach,
        sensitivity: [DataSensitivity: Double],
        sensitiveDataCap: Double,
        attacks: RateWeight,
        leaks: RateWeight,
        blockedOutputs: RateWeight,
        rateLimitRefusals: RateWeight,
        controls: ControlReductions,
        threatHalfLifeDays: Double,
        levels: LevelThresholds
    ) {
        self.reach = reach
        self.sensitivity = sensitivity
        self.sensitiveDataCap = sensitiveDataCap
        self.attacks = attacks
        self.leaks = leaks
        self.blockedOutputs = blockedOutputs
        self.rateLimitRefusals = rateLimitRefusals
        self.controls = controls
        self.threatHalfLifeDays = threatHalfLifeDays
        self.levels = levels
    }

    public static let `default` = RiskModel(
        reach: Reach(points: 15, saturation: 1_000),
        sensitivity: [.credential: 12, .governmentID: 9, .financial: 9, .contact: 4, .otherPersonal: 2],
        sensitiveDataCap: 25,
        attacks: RateWeight(points: 25, scale: 10),
        leaks: RateWeight(points: 20, scale: 5),
        blockedOutputs: RateWeight(points: 7.5, scale: 5),
        rateLimitRefusals: RateWeight(points: 7.5, scale: 50),
        controls: ControlReductions(
            enforceReduction: 0.30,
            monitorReduction: 0.10,
            redactionReduction: 0.15,
            rateLimitReduction: 0.05,
            budgetReduction: 0.05,
            maximumReduction: 0.60
        ),
        threatHalfLifeDays: 7,
        levels: LevelThresholds(medium: 25, high: 50, critical: 75)
    )

    /// `threatHalfLifeDays` in seconds, for `InventoryTracker`.
    public var threatHalfLife: TimeInterval { threatHalfLifeDays * 86_400 }
}
