import PalisadeCore

/// Every finding type the detection pipeline can report, by kind. Policy validation checks a
/// rule's `types` against it, so that a misspelt type is reported as a rule that can never
/// match instead of being loaded and silently ignored.
public enum DetectorVocabulary {
    public static let types: [FindingKind: Set<String>] = [
        .pii: PIIType.all,
        .secret: SecretType.all,
        .hiddenContent: HiddenContentType.all,
    ]
}
