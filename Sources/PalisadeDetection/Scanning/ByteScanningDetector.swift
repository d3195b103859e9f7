public import PalisadeCore

/// A detector that reads UTF-8 bytes directly. Composite detectors hand one byte view to all
/// their parts instead of converting the text again for each.
public protocol ByteScanningDetector: Detector {
    /// Appends the findings in `text` to `findings`.
    func scan(_ text: UTF8Text, into findings: inout [Finding])
}

extension ByteScanningDetector {
    public func detect(in text: String) -> [Finding] {
        withUTF8Text(text) { view in
            var findings: [Finding] = []
            scan(view, into: &findings)
            return FindingResolver.resolve(findings)
        }
    }
}
