import Logging
import OTel
import ServiceLifecycle
import Tracing

/// The tracer the gateway reports spans to, and the service that exports them in batches.
struct TracingBackend {
    var tracer: any Tracer
    var exporter: (any Service)?

    /// OTLP/HTTP export to `settings.otlpEndpoint`; without an endpoint, a tracer that records
    /// nothing, so tracing costs nothing when it is not wanted.
    static func make(_ settings: TracingSettings, logger: Logger) throws -> TracingBackend {
        guard let endpoint = settings.otlpEndpoint else { return TracingBackend(tracer: NoOpTracer(), exporter: nil) }
        var configuration = OTel.Configuration.default
        configuration.serviceName = settings.serviceName
        configuration.diagnosticLogger = .custom(logger)
        configuration.metrics.enabled = false
        configuration.logs.enabled = false
        configuration.traces.sampler = .parentBasedAlwaysOn
        configuration.traces.otlpExporter.endpoint = endpoint
        configuration.traces.otlpExporter.protocol = settings.otlpProtocol == .json ? .httpJSON : .httpProtobuf
        configuration.traces.batchSpanProcessor.scheduleDelay = .milliseconds(500)
        let backend = try OTel.makeTracingBackend(configuration: configuration)
        return TracingBackend(tracer: backend.factory, exporter: backend.service)
    }
}
