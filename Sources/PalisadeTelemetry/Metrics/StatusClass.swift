/// HTTP status codes collapsed to their class (`2xx`), the only granularity a dashboard needs
/// and a bounded label.
enum StatusClass {
    static func of(_ status: Int) -> String {
        switch status {
        case 100..<200: "1xx"
        case 200..<300: "2xx"
        case 300..<400: "3xx"
        case 400..<500: "4xx"
        case 500..<600: "5xx"
        default: "unknown"
        }
    }
}
