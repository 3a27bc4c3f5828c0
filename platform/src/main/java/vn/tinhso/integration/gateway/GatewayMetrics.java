package vn.tinhso.integration.gateway;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.stereotype.Component;

/**
 * Calls, success rate, latency percentiles and QoS violations per service and per consumer: Micrometer meters for
 * Prometheus ({@code tinhso_gateway_*}) and the same figures as JSON for the operators' pages. A QoS violation is a
 * call slower than the service's latency target or failed by the provider (5xx, down, time-out).
 */
@Component
public class GatewayMetrics {

    private static final double[] PERCENTILES = {0.5, 0.95, 0.99};

    private final MeterRegistry registry;
    private final Map<String, Stats> services = new ConcurrentHashMap<>();
    private final Map<String, Stats> consumers = new ConcurrentHashMap<>();
    private final Map<String, Counter> outcomes = new ConcurrentHashMap<>();

    GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String service, String consumer, String outcome, long nanos, int latencyTargetMs) {
        String serviceTag = service == null ? "unknown" : service;
        String consumerTag = consumer == null ? "unknown" : consumer;
        boolean success = GatewayProblem.Outcome.SUCCESS.equals(outcome)
                || GatewayProblem.Outcome.CLIENT_ERROR.equals(outcome)
                || GatewayProblem.Outcome.QUEUED.equals(outcome);
        boolean providerFailed = GatewayProblem.Outcome.PROVIDER_ERROR.equals(outcome)
                || GatewayProblem.Outcome.UNAVAILABLE.equals(outcome)
                || GatewayProblem.Outcome.TIMEOUT.equals(outcome);
        boolean violation = providerFailed
                || (latencyTargetMs > 0 && nanos > TimeUnit.MILLISECONDS.toNanos(latencyTargetMs));
        outcomes.computeIfAbsent(serviceTag + ' ' + consumerTag + ' ' + outcome, k -> Counter
                .builder("tinhso.gateway.calls").description("Calls through the gateway")
                .tags("service", serviceTag, "consumer", consumerTag, "outcome", outcome).register(registry))
                .increment();
        services.computeIfAbsent(serviceTag, s -> new Stats(s, null, registry)).record(nanos, success, violation);
        consumers.computeIfAbsent(serviceTag + ' ' + consumerTag, k -> new Stats(serviceTag, consumerTag, registry))
                .record(nanos, success, violation);
    }

    /** Figures since this node started, per service with its consumers. */
    public List<ServiceSummary> summary() {
        List<ServiceSummary> summaries = new ArrayList<>();
        services.values().stream().sorted(Comparator.comparing(s -> s.service)).forEach(service -> {
            List<Figures> perConsumer = consumers.values().stream()
                    .filter(c -> c.service.equals(service.service))
                    .sorted(Comparator.comparing(c -> c.consumer)).map(Stats::figures).toList();
            summaries.add(new ServiceSummary(service.service, service.figures(), perConsumer));
        });
        return summaries;
    }

    /** One service's figures and its consumers'. */
    public record ServiceSummary(String service, Figures total, List<Figures> consumers) {
    }

    /** Calls, share answered without a gateway or provider failure, latency in ms, QoS violations. */
    public record Figures(String consumer, long calls, double successRate, double p50Ms, double p95Ms, double p99Ms,
            long qosViolations) {
    }

    private static final class Stats {
        private final String service;
        private final String consumer;
        private final Timer latency;
        private final Counter violations;
        private final LongAdder calls = new LongAdder();
        private final LongAdder successes = new LongAdder();

        Stats(String service, String consumer, MeterRegistry registry) {
            this.service = service;
            this.consumer = consumer;
            String prefix = consumer == null ? "tinhso.gateway.service" : "tinhso.gateway.consumer";
            Timer.Builder timer = Timer.builder(prefix + ".latency").tag("service", service)
                    .publishPercentiles(PERCENTILES);
            Counter.Builder counter = Counter.builder(prefix + ".qos.violations").tag("service", service);
            if (consumer == null) {
                timer.publishPercentileHistogram();
            } else {
                timer.tag("consumer", consumer);
                counter.tag("consumer", consumer);
            }
            this.latency = timer.register(registry);
            this.violations = counter.register(registry);
        }

        void record(long nanos, boolean success, boolean violation) {
            latency.record(nanos, TimeUnit.NANOSECONDS);
            calls.increment();
            if (success) {
                successes.increment();
            }
            if (violation) {
                violations.increment();
            }
        }

        Figures figures() {
            double p50 = 0;
            double p95 = 0;
            double p99 = 0;
            for (ValueAtPercentile value : latency.takeSnapshot().percentileValues()) {
                double ms = value.value(TimeUnit.MILLISECONDS);
                if (value.percentile() == 0.5) {
                    p50 = ms;
                } else if (value.percentile() == 0.95) {
                    p95 = ms;
                } else {
                    p99 = ms;
                }
            }
            long total = calls.sum();
            double rate = total == 0 ? 1.0 : (double) successes.sum() / total;
            return new Figures(consumer, total, rate, p50, p95, p99, (long) violations.count());
        }
    }
}
