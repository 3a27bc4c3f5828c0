package vn.tinhso.integration.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.tinhso.integration.IntegrationProperties;
import vn.tinhso.integration.log.ExchangeLog;
import vn.tinhso.integration.log.ExchangeRecord;
import vn.tinhso.integration.registry.BodyLogging;

/** Records a finished exchange in the message log (bodies as the service's policy says) and in the metrics. */
@Component
public class GatewayJournal {

    private final ExchangeLog log;
    private final GatewayMetrics metrics;
    private final int maxBodyBytes;

    GatewayJournal(ExchangeLog log, GatewayMetrics metrics, IntegrationProperties properties) {
        this.log = log;
        this.metrics = metrics;
        this.maxBodyBytes = properties.log().maxBodyBytes();
    }

    public void record(Exchange e) {
        long nanos = System.nanoTime() - e.startNanos;
        BodyLogging policy = e.service == null ? BodyLogging.NONE : e.service.effectiveBodyLogging();
        String requestBody = policy == BodyLogging.NONE ? null : text(e.requestBody, e.requestType);
        String responseBody = policy == BodyLogging.FULL ? text(e.responseBody, e.responseType) : null;
        log.append(new ExchangeRecord(e.at, e.correlationId, e.dossierCode, e.consumerKey, e.serviceCode,
                e.serviceVersion, e.method, e.path, e.status, e.outcome, nanos / 1000, length(e.requestBody),
                length(e.responseBody), requestBody, responseBody));
        metrics.record(e.serviceCode, e.consumerKey, e.outcome, nanos,
                e.service == null ? 0 : e.service.latencyTargetMs());
    }

    /** Text bodies as text, cut at the configured length; anything else as base64. */
    private String text(byte[] body, String contentType) {
        if (body == null || body.length == 0) {
            return null;
        }
        int length = Math.min(body.length, maxBodyBytes);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json") || type.contains("xml") || type.startsWith("text/")
                || type.contains("x-www-form-urlencoded")) {
            return new String(body, 0, length, StandardCharsets.UTF_8).replace('\u0000', '\uFFFD');
        }
        byte[] cut = length == body.length ? body : java.util.Arrays.copyOf(body, length);
        return "base64:" + Base64.getEncoder().encodeToString(cut);
    }

    private static long length(byte[] body) {
        return body == null ? 0 : body.length;
    }
}
