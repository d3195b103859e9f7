/// A linear model over a `FeatureVector`: hashed n-gram weights followed by the indicator
/// block, and a bias. `logit` is the whole cost of scoring a window.
public struct LogisticHead: Sendable, Hashable {
    public var weights: [Float]
    public var bias: Float

    public init(weights: [Float], bias: Float) {
        self.weights = weights
        self.bias = bias
    }

    init(bucketCount: Int) {
        self.init(weights: [Float](repeating: 0, count: bucketCount + IndicatorLayout.count), bias: 0)
    }

    var bucketCount: Int { weights.count - IndicatorLayout.count }

    func logit(_ features: FeatureVector) -> Float {
        weights.withUnsafeBufferPointer { w in
            var characters: Float = 0
            for index in features.characterGrams { characters += w[Int(index)] }
            var words: Float = 0
            for index in features.wordGrams { words += w[Int(index)] }
            var indicators: Float = 0
            let base = w.count - IndicatorLayout.count
            for index in features.indicators { indicators += w[base + Int(index)] }
            return bias + characters * features.characterScale + words * features.wordScale + indicators * features.indicatorValue
        }
    }
}
