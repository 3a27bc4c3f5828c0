package vn.tinhso.integration.queue;

/** A call accepted for later delivery ({@code Prefer: respond-async}). */
public record NewMessage(String consumerKey, String idempotencyKey, String serviceCode, String serviceVersion,
        String method, String path, String contentType, byte[] body, String correlationId, String dossierCode) {
}
