extension Duration {
    /// Seconds with their fraction, for rate arithmetic in `Double`.
    var secondsValue: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
