package vn.tinhso.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.simulators.web.Hmac;

/** A fee paid online end to end: signed order, redirect page, payment, signed callback and return, reconciliation. */
@SimulatorsTest
class PaymentIntegrationTest {

    private static final String SECRET = "payment-demo-secret";

    @LocalServerPort
    int port;

    @Test
    void aPaidOrderIsCalledBackSignedReturnsThePayerAndAppearsInTheDailyReconciliationFile() throws Exception {
        try (CallbackReceiver receiver = new CallbackReceiver()) {
            String order = """
                    {"merchantId":"TINHSO","orderId":"LP-000.00.15.H92-261123-0001","amount":1250000,
                     "orderInfo":"Lệ phí đăng ký khai sinh","returnUrl":"https://dichvucong.example/thanh-toan/ket-qua",
                     "callbackUrl":"%s"}""".formatted(receiver.url());
            Http.Answer created = Http.at(port).with("X-Signature", Hmac.sign(SECRET, order))
                    .post("/payment/v1/orders", order);
            assertThat(created.status()).isEqualTo(201);
            String paymentId = created.json().get("paymentId").asString();
            URI redirect = URI.create(created.json().get("redirectUrl").asString());

            Http.Answer page = Http.at(port).get(redirect.getPath());
            assertThat(page.body()).contains("1.250.000 ₫").contains("Lệ phí đăng ký khai sinh");

            Http.Answer paid = Http.at(port).form(redirect.getPath(), "action=pay&bankCode=BIDV");
            assertThat(paid.status()).isEqualTo(303);
            URI back = URI.create(paid.header("Location"));
            assertThat(back.getHost()).isEqualTo("dichvucong.example");
            String query = back.getRawQuery();
            String signed = query.substring(0, query.indexOf("&signature="));
            assertThat(query).contains("status=SUCCESS");
            assertThat(Hmac.verify(SECRET, signed, query.substring(query.indexOf("&signature=") + 11))).isTrue();

            CallbackReceiver.Received callback = receiver.next(Duration.ofSeconds(10));
            assertThat(Hmac.verify(SECRET, callback.body(), callback.signature())).isTrue();
            JsonNode body = Http.JSON.readTree(callback.body());
            assertThat(body.get("status").asString()).isEqualTo("SUCCESS");
            assertThat(body.get("amount").asLong()).isEqualTo(1_250_000);

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            Http.Answer csv = Http.at(port).get("/payment/v1/reconciliation?merchantId=TINHSO&date=" + today);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(Hmac.verify(SECRET, csv.body(), csv.header("X-Signature"))).isTrue();
            assertThat(csv.body().lines().findFirst()).hasValue(
                    "paymentId,orderId,amount,status,bankCode,bankTransactionNo,createdAt,paidAt");
            assertThat(csv.body().lines().filter(l -> l.startsWith(paymentId + ",")))
                    .singleElement().satisfies(l -> assertThat(l)
                            .startsWith(paymentId + ",LP-000.00.15.H92-261123-0001,1250000,SUCCESS,BIDV,BIDV"));
        }
    }

    @Test
    void aCancelledPaymentIsReportedAsCancelled() {
        String order = "{\"merchantId\":\"TINHSO\",\"orderId\":\"LP-2\",\"amount\":50000,\"returnUrl\":\"https://x.example/r\"}";
        String paymentId = Http.at(port).with("X-Signature", Hmac.sign(SECRET, order))
                .post("/payment/v1/orders", order).json().get("paymentId").asString();

        Http.Answer cancelled = Http.at(port).form("/payment/v1/pay/" + paymentId, "action=cancel");

        assertThat(cancelled.header("Location")).contains("status=CANCELLED");
        assertThat(Http.at(port).get("/payment/v1/payments/" + paymentId).json().get("status").asString())
                .isEqualTo("CANCELLED");
        assertThat(Http.at(port).form("/payment/v1/pay/" + paymentId, "action=pay").status()).isEqualTo(400);
    }

    @Test
    void anOrderWithAWrongSignatureIsRefused() {
        String order = "{\"merchantId\":\"TINHSO\",\"orderId\":\"LP-3\",\"amount\":50000,\"returnUrl\":\"https://x.example/r\"}";

        Http.Answer a = Http.at(port).with("X-Signature", Hmac.sign("not-the-secret", order))
                .post("/payment/v1/orders", order);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("detail").asString()).contains("X-Signature");
    }
}
