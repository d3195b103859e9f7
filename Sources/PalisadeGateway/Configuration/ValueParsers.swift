import Foundation
import PalisadeCore

/// Sizes as people write them in configuration: `4MiB`, `512KiB`, `1GiB`, `4MB` or plain bytes.
enum ByteSize {
    static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, Int)] = [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10), ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1000), ("B", 1)]
        for (suffix, multiplier) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let value = Int(number), value > 0 else { return nil }
            return value.multipliedReportingOverflow(by: multiplier).overflow ? nil : value * multiplier
        }
        guard let value = Int(trimmed), value > 0 else { return nil }
        return value
    }
}

/// Durations as people write them: `250ms`, `30s`, `2m`, `1h`, `30d`, or a number of seconds.
/// Public so the command line reads durations exactly as palisade.yaml does.
public enum DurationText {
    public static func parse(_ text: String) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)]
        for (suffix, seconds) in units where trimmed.hasSuffix(suffix) {
            guard let value = Double(trimmed.dropLast(suffix.count)), value > 0 else { return nil }
            return .milliseconds(Int64(value * seconds * 1000))
        }
        guard let value = Double(trimmed), value > 0 else { return nil }
        return .milliseconds(Int64(value * 1000))
    }
}

/// Rates as `COUNT/DURATION`: `600/1m` is at most 600 per minute.
public enum RateText {
    public static func parse(_ text: String) -> RateQuota? {
        let parts = text.split(separator: "/", maxSplits: 1)
        guard parts.count == 2, let limit = Int(parts[0].trimmingCharacters(in: .whitespaces)), limit >= 1,
              let interval = DurationText.parse(String(parts[1])) else { return nil }
        return RateQuota(limit: limit, per: interval)
    }
}

extension Duration {
    /// As Foundation's seconds, for dates.
    public var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
