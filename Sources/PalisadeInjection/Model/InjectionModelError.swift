/// Why a model file could not be used, worded so that the fix is clear.
public enum InjectionModelError: Error, Hashable, CustomStringConvertible {
    case notAModelFile(String)
    case unsupportedFormat(found: Int, supported: Int)
    case lexiconMismatch(found: Int, expected: Int)
    case truncated(expectedBytes: Int, actualBytes: Int)
    case missingResource(String)

    public var description: String {
        switch self {
        case .notAModelFile(let detail):
            "not a Palisade injection model (\(detail)); train one with `palisade train injection --data FILE... --out MODEL`"
        case .unsupportedFormat(let found, let supported):
            "model file format \(found) is not supported by this build (expects \(supported)); retrain with this version of palisade"
        case .lexiconMismatch(let found, let expected):
            "model was trained with cue lexicon \(found) but this build has lexicon \(expected); retrain with this version of palisade"
        case .truncated(let expected, let actual):
            "model file has \(actual) bytes where its header implies \(expected): it is truncated or was written by another palisade version; copy it again or retrain"
        case .missingResource(let name):
            "the shipped model \(name) is missing from the PalisadeInjection bundle; rebuild palisade or pass a model file"
        }
    }
}
