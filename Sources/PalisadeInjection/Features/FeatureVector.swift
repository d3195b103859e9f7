/// The features of one text, as indices into a model's weight vector. Hashed n-gram indices
/// may repeat (a repeated n-gram counts again); each group is scaled by one over the square
/// root of its size so that long and short texts score on the same scale.
public struct FeatureVector: Sendable, Hashable {
    var characterGrams: [UInt32]
    var wordGrams: [UInt32]
    /// Indices into `IndicatorLayout`, each with value 1.
    var indicators: [UInt16]
    /// Whether any cue addresses the model (see `CueCategory.addressesModel`).
    var addressesModel: Bool
    var cueCategories: Set<CueCategory>

    /// The value of each character n-gram: its group weight over the root of the group size.
    var characterScale: Float
    var wordScale: Float
    var indicatorValue: Float

    static func scale(_ count: Int, weight: Float) -> Float {
        count == 0 ? 0 : weight / Float(count).squareRoot()
    }
}

extension FeatureVector {
    /// The text ends in a GCG-style optimised suffix glued to a prose request.
    var endsInOptimisedSuffix: Bool {
        indicators.contains(Self.suffixOnProse)
    }

    /// The text addresses the model that reads it and carries code that does what only
    /// malware does (`CodeCapabilities.hostility` 2): code planted for the model to put in
    /// its answer.
    var plantsHostileCode: Bool {
        addressesModel && indicators.contains(Self.hostileCode)
    }

    private static let suffixOnProse = UInt16(IndicatorLayout.shape(.suffixOnProse, bin: 1))
    private static let hostileCode = UInt16(IndicatorLayout.shape(.hostileCode, bin: 2))
}
