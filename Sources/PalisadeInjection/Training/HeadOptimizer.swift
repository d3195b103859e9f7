import Foundation
import PalisadeCore

/// Fits one `LogisticHead` by AdaGrad on the weighted log loss, with L2 shrinkage applied to
/// the weights each example touches. Single-threaded and seeded: the result is a pure function
/// of the examples, their order and the seed.
///
/// n-gram weights are shrunk harder than indicator weights (`ngramL2` against `l2`): n-grams can
/// fit any training source by its vocabulary, and left free they leave the cues, which carry
/// over to attacks of unseen families, with little to do.
struct HeadOptimizer: Sendable {
    var epochs: Int
    var learningRate: Float
    var l2: Float
    var ngramL2: Float
    var seed: UInt64

    struct Sample: Sendable {
        var index: Int
        /// Which of the row's feature vectors (`TrainingExample.samples`).
        var variant: Int
        var positive: Bool
        var weight: Float
    }

    func fit(_ samples: [Sample], features: (Int, Int) -> FeatureVector, bucketCount: Int) -> LogisticHead {
        var head = LogisticHead(bucketCount: bucketCount)
        var squares = [Float](repeating: 1e-6, count: head.weights.count)
        var biasSquare: Float = 1e-6
        var order = samples
        var generator = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            generator.shuffle(&order)
            for sample in order {
                let vector = features(sample.index, sample.variant)
                let logit = head.logit(vector)
                let probability = Float(1 / (1 + exp(-Double(logit))))
                let error = (probability - (sample.positive ? 1 : 0)) * sample.weight
                let base = bucketCount
                head.weights.withUnsafeMutableBufferPointer { w in
                    squares.withUnsafeMutableBufferPointer { g in
                        func update(_ index: Int, _ gradient: Float, _ shrinkage: Float) {
                            let total = gradient + shrinkage * w[index]
                            g[index] += total * total
                            w[index] -= learningRate * total / g[index].squareRoot()
                        }
                        let characterGradient = error * vector.characterScale
                        for index in vector.characterGrams { update(Int(index), characterGradient, ngramL2) }
                        let wordGradient = error * vector.wordScale
                        for index in vector.wordGrams { update(Int(index), wordGradient, ngramL2) }
                        let indicatorGradient = error * vector.indicatorValue
                        for index in vector.indicators { update(base + Int(index), indicatorGradient, l2) }
                    }
                }
                biasSquare += error * error
                head.bias -= learningRate * error / biasSquare.squareRoot()
            }
        }
        return head
    }
}
