package dev.stargate.server;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/** The server's metrics, in the Prometheus text format at /metrics. */
public final class Metrics {
    /** Upper bounds of the request-duration buckets, seconds. */
    private static final double[] REQUEST_BUCKETS_S = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    /** Upper bounds of the run-duration buckets, seconds. */
    private static final double[] RUN_BUCKETS_S = {1, 2, 5, 10, 30, 60, 120, 300, 600, 1800, 3600};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = new PrometheusTextFormatWriter(false);
    private final Counter requests;
    private final Histogram requestSeconds;
    private final Counter runsSubmitted;
    private final Counter runsRejected;
    private final Counter runsFinished;
    private final Histogram runSeconds;

    public Metrics() {
        requests = Counter.builder().name("stargate_http_requests_total").help("HTTP requests answered, by method, route and status")
                .labelNames("method", "route", "status").register(registry);
        requestSeconds = Histogram.builder().name("stargate_http_request_duration_seconds").help("Time to answer an HTTP request")
                .labelNames("method", "route").classicOnly().classicUpperBounds(REQUEST_BUCKETS_S).register(registry);
        runsSubmitted = Counter.builder().name("stargate_runs_submitted_total").help("Runs accepted into the queue, by kind")
                .labelNames("kind").register(registry);
        runsRejected = Counter.builder().name("stargate_runs_rejected_total").help("Runs refused because the queue was full (HTTP 429)")
                .register(registry);
        runsFinished = Counter.builder().name("stargate_runs_finished_total").help("Runs that ended, by kind and final status")
                .labelNames("kind", "status").register(registry);
        runSeconds = Histogram.builder().name("stargate_run_duration_seconds").help("Wall time of runs from start to end, by kind")
                .labelNames("kind").classicOnly().classicUpperBounds(RUN_BUCKETS_S).register(registry);
    }

    /** Registers the run-queue gauges (read when scraped). */
    public void gauges(IntSupplier queued, IntSupplier running) {
        GaugeWithCallback.builder().name("stargate_runs_queued").help("Runs waiting for a worker")
                .callback(cb -> cb.call(queued.getAsInt())).register(registry);
        GaugeWithCallback.builder().name("stargate_runs_running").help("Runs executing now")
                .callback(cb -> cb.call(running.getAsInt())).register(registry);
    }

    /** Registers the live-events gauge. */
    public void eventClients(IntSupplier clients) {
        GaugeWithCallback.builder().name("stargate_event_clients").help("Clients connected to the live run events")
                .callback(cb -> cb.call(clients.getAsInt())).register(registry);
    }

    public void request(String method, String route, int status, double seconds) {
        requests.labelValues(method, route, Integer.toString(status)).inc();
        requestSeconds.labelValues(method, route).observe(seconds);
    }

    public void runSubmitted(String kind) {
        runsSubmitted.labelValues(kind).inc();
    }

    public void runRejected() {
        runsRejected.inc();
    }

    public void runFinished(String kind, String status, double seconds) {
        runsFinished.labelValues(kind, status).inc();
        runSeconds.labelValues(kind).observe(seconds);
    }

    /** The text exposition format (version 0.0.4). */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    public String contentType() {
        return writer.getContentType();
    }
}
