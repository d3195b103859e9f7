import Logging
import PalisadeGateway

/// Configures swift-log once per process, as the gateway's configuration asks.
enum LogSetup {
    static func bootstrap(level: String, format: LogFormat) -> Logger {
        let logLevel = Logger.Level(rawValue: level) ?? .info
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler
            switch format {
            case .json: handler = JSONLogHandler(label: label)
            case .text: handler = StreamLogHandler.standardError(label: label)
            }
            handler.logLevel = logLevel
            return handler
        }
        return Logger(label: "palisade")
    }
}
