package vn.tinhso.integration.gateway;

import java.time.Instant;
import vn.tinhso.integration.registry.ServiceDefinition;

/** What the gateway learns about one exchange while handling it, for the message log and the metrics. */
public final class Exchange {

    final Instant at = Instant.now();
    final long startNanos = System.nanoTime();
    final String correlationId;
    final String method;
    final String path;
    String consumerKey;
    String serviceCode;
    String serviceVersion;
    ServiceDefinition service;
    String dossierCode;
    byte[] requestBody;
    String requestType;
    byte[] responseBody;
    String responseType;
    int status;
    String outcome;

    public Exchange(String correlationId, String method, String path) {
        this.correlationId = correlationId;
        this.method = method;
        this.path = path;
    }

    public Exchange consumer(String key) {
        this.consumerKey = key;
        return this;
    }

    public Exchange service(ServiceDefinition definition) {
        this.service = definition;
        this.serviceCode = definition.code();
        this.serviceVersion = definition.version();
        return this;
    }

    public Exchange dossier(String code) {
        this.dossierCode = code;
        return this;
    }

    public Exchange request(byte[] body, String contentType) {
        this.requestBody = body;
        this.requestType = contentType;
        return this;
    }

    public Exchange response(int httpStatus, String result, byte[] body, String contentType) {
        this.status = httpStatus;
        this.outcome = result;
        this.responseBody = body;
        this.responseType = contentType;
        return this;
    }
}
