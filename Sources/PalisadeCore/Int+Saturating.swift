extension Int {
    /// `value` rounded toward zero and held to `Int`'s range, NaN as 0. `Int(_:)` traps outside
    /// that range, and durations and counts derived from what clients and upstreams report must
    /// never take the gateway down.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= Double(Int.max) {
            self = .max
        } else if value <= Double(Int.min) {
            self = .min
        } else {
            self = Int(value)
        }
    }
}
