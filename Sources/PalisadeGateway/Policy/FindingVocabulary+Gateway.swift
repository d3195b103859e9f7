import PalisadeDetection
import PalisadePolicy

extension FindingVocabulary {
    /// The types the gateway's detectors and policy engine report, so that policy files loaded by
    /// the gateway or the CLI are validated against what can actually be found.
    public static let gateway = FindingVocabulary.policyEngine.merging(FindingVocabulary(types: DetectorVocabulary.types))
}
