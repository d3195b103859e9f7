import CoreMetrics
import Prometheus
import Synchronization

/// The metric handles already made, by name and label values.
///
/// Making a handle asks the registry to validate names and take its lock; a request touches
/// about ten series, so the gateway looks each one up here instead, under one lock of its own.
final class MetricSeriesCache: Sendable {
    private struct Key: Hashable {
        var name: String
        var labels: [String]
    }

    private struct Handles {
        var counters: [Key: CoreMetrics.Counter] = [:]
        var floatingCounters: [Key: CoreMetrics.FloatingPointCounter] = [:]
        var timers: [Key: CoreMetrics.Timer] = [:]
    }

    private let factory: PrometheusMetricsFactory
    private let handles = Mutex(Handles())

    init(factory: PrometheusMetricsFactory) {
        self.factory = factory
    }

    func counter(_ name: String, _ labels: KeyValuePairs<String, String>) -> CoreMetrics.Counter {
        let key = Key(name: name, labels: labels.map(\.value))
        return handles.withLock { handles in
            if let counter = handles.counters[key] { return counter }
            let counter = CoreMetrics.Counter(label: name, dimensions: labels.map { ($0.key, $0.value) }, factory: factory)
            handles.counters[key] = counter
            return counter
        }
    }

    func floatingCounter(_ name: String, _ labels: KeyValuePairs<String, String>) -> CoreMetrics.FloatingPointCounter {
        let key = Key(name: name, labels: labels.map(\.value))
        return handles.withLock { handles in
            if let counter = handles.floatingCounters[key] { return counter }
            let counter = CoreMetrics.FloatingPointCounter(
                label: name,
                dimensions: labels.map { ($0.key, $0.value) },
                factory: factory
            )
            handles.floatingCounters[key] = counter
            return counter
        }
    }

    func timer(_ name: String, _ labels: KeyValuePairs<String, String>) -> CoreMetrics.Timer {
        let key = Key(name: name, labels: labels.map(\.value))
        return handles.withLock { handles in
            if let timer = handles.timers[key] { return timer }
            let timer = CoreMetrics.Timer(label: name, dimensions: labels.map { ($0.key, $0.value) }, factory: factory)
            handles.timers[key] = timer
            return timer
        }
    }
}
