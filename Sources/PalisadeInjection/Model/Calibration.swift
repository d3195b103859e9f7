import Foundation

/// Platt scaling: maps a head's logit to a probability fitted on scores the model did not
/// train on, so that 0.9 means about nine attacks in ten at the training data's prevalence.
public struct Calibration: Sendable, Hashable, Codable {
    public var slope: Double
    public var intercept: Double

    public init(slope: Double = 1, intercept: Double = 0) {
        self.slope = slope
        self.intercept = intercept
    }

    public func probability(_ logit: Double) -> Double {
        1 / (1 + exp(-(slope * logit + intercept)))
    }

    /// Fits slope and intercept by Newton's method with a backtracking line search on the log
    /// loss (Platt, as refined by Lin et al.), with Platt's smoothed targets so that perfectly
    /// separated folds do not push the slope to infinity.
    static func fit(logits: [Double], labels: [Bool]) -> Calibration {
        let positives = Double(labels.filter { $0 }.count)
        let negatives = Double(labels.count) - positives
        let high = (positives + 1) / (positives + 2)
        let low = 1 / (negatives + 2)
        let targets = labels.map { $0 ? high : low }

        func loss(_ a: Double, _ b: Double) -> Double {
            var total = 0.0
            for (logit, target) in zip(logits, targets) {
                let z = a * logit + b
                // log(1 + e^z) - t z, written to stay finite for large |z|.
                total += (z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))) - target * z
            }
            return total
        }

        var slope = 1.0
        var intercept = 0.0
        var current = loss(slope, intercept)
        for _ in 0..<100 {
            var (gradientA, gradientB, hAA, hAB, hBB) = (0.0, 0.0, 1e-12, 0.0, 1e-12)
            for (logit, target) in zip(logits, targets) {
                let p = 1 / (1 + exp(-(slope * logit + intercept)))
                let weight = max(p * (1 - p), 1e-12)
                gradientA += (p - target) * logit
                gradientB += p - target
                hAA += weight * logit * logit
                hAB += weight * logit
                hBB += weight
            }
            let determinant = hAA * hBB - hAB * hAB
            guard determinant > 0 else { break }
            let stepA = (hBB * gradientA - hAB * gradientB) / determinant
            let stepB = (hAA * gradientB - hAB * gradientA) / determinant
            var scale = 1.0
            var improved = false
            while scale > 1e-10 {
                let candidate = loss(slope - scale * stepA, intercept - scale * stepB)
                if candidate < current {
                    slope -= scale * stepA
                    intercept -= scale * stepB
                    improved = current - candidate > 1e-12 * max(1, abs(current))
                    current = candidate
                    break
                }
                scale /= 2
            }
            guard improved else { break }
        }
        return Calibration(slope: slope, intercept: intercept)
    }
}
