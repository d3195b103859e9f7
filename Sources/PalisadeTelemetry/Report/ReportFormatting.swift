import Foundation

/// Number and date formats shared by the Markdown and HTML reports, fixed so that reports read
/// the same on every machine.
enum ReportFormatting {
    static func usd(_ value: Double) -> String {
        let cents = Int((value * 100).rounded())
        let dollars = cents / 100
        let remainder = abs(cents % 100)
        return "$\(grouped(dollars)).\(remainder < 10 ? "0" : "")\(remainder)"
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    static func day(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day())
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!))
    }

    static func points(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded > 0 ? "+\(rounded)" : "\(rounded)"
    }
}
