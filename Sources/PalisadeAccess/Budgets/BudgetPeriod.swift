import Foundation

/// A UTC calendar day or month, numbered from 1970 so that periods compare and hash as integers.
/// Computed arithmetically: no `Calendar` on the request path.
public enum BudgetPeriod: Sendable, Hashable, CustomStringConvertible {
    /// Days since 1970-01-01.
    case day(Int)
    /// Months since January 1970.
    case month(Int)

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case day
        case month
    }

    public var kind: Kind {
        switch self {
        case .day: .day
        case .month: .month
        }
    }

    public static func containing(_ date: Date, kind: Kind) -> BudgetPeriod {
        let day = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        switch kind {
        case .day:
            return .day(day)
        case .month:
            let (year, month, _) = civil(fromDays: day)
            return .month((year - 1970) * 12 + month - 1)
        }
    }

    public var start: Date {
        switch self {
        case .day(let day):
            Date(timeIntervalSince1970: Double(day) * 86_400)
        case .month(let index):
            Date(timeIntervalSince1970: Double(Self.days(year: 1970 + index / 12, month: index % 12 + 1)) * 86_400)
        }
    }

    /// When the next period starts and spending counts from zero again.
    public var end: Date {
        switch self {
        case .day(let day): BudgetPeriod.day(day + 1).start
        case .month(let index): BudgetPeriod.month(index + 1).start
        }
    }

    public var description: String {
        let (year, month, day) = Self.civil(fromDays: Int(start.timeIntervalSince1970 / 86_400))
        let yearMonth = "\(year)-\(month < 10 ? "0" : "")\(month)"
        switch self {
        case .day: return "\(yearMonth)-\(day < 10 ? "0" : "")\(day)"
        case .month: return yearMonth
        }
    }

    /// Howard Hinnant's `civil_from_days`: days since 1970-01-01 to a proleptic Gregorian date.
    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Hinnant's `days_from_civil` for the first day of a month.
    private static func days(year: Int, month: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
