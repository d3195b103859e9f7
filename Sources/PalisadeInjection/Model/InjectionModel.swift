/// Everything the classifier needs besides code: two heads over the same features (attack
/// versus benign, then jailbreak versus injection among attacks), the calibration of the
/// attack head, the sensitivity thresholds and the settings the features were built with.
public struct InjectionModel: Sendable, Hashable {
    public var metadata: Metadata
    /// Logit > 0 leans towards "attack" (injection or jailbreak).
    public var attack: LogisticHead
    /// Logit > 0 leans towards jailbreak, < 0 towards injection. Only meaningful for attacks.
    public var kind: LogisticHead

    public init(metadata: Metadata, attack: LogisticHead, kind: LogisticHead) {
        self.metadata = metadata
        self.attack = attack
        self.kind = kind
    }

    /// The settings and fitted scalars stored in the model file's JSON header.
    public struct Metadata: Sendable, Hashable, Codable {
        public var formatVersion: Int
        public var features: FeatureSettings
        public var lexiconVersion: Int
        public var calibration: Calibration
        public var thresholds: SensitivityThresholds
        /// Added to the logit of untrusted content (tool results, retrieved documents) that
        /// addresses the model: instructions have no business there.
        public var untrustedLogitShift: Double
        public var seed: UInt64
        public var trainingRows: Int

        public init(
            formatVersion: Int = ModelFile.formatVersion,
            features: FeatureSettings,
            calibration: Calibration,
            thresholds: SensitivityThresholds,
            untrustedLogitShift: Double,
            seed: UInt64,
            trainingRows: Int
        ) {
            self.formatVersion = formatVersion
            self.features = features
            self.lexiconVersion = CueLexicon.version
            self.calibration = calibration
            self.thresholds = thresholds
            self.untrustedLogitShift = untrustedLogitShift
            self.seed = seed
            self.trainingRows = trainingRows
        }
    }
}
