package vn.tinhso.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.simulators.web.Hmac;

@SimulatorsTest
class VnpostIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void pushesPickupTransitAndDeliveryToTheCallbackUrlSigned() throws InterruptedException {
        try (CallbackReceiver receiver = new CallbackReceiver()) {
            Http.Answer booked = Http.at(port).post("/vnpost/v1/shipments", """
                    {"orderRef":"000.00.15.H92-261123-0001",
                     "sender":{"name":"Trung tâm Phục vụ hành chính công","phone":"02993822222","address":"Cần Thơ"},
                     "receiver":{"name":"Nguyễn Văn An","phone":"0912345678",
                                 "address":"18 đường Hùng Vương, Phường Sóc Trăng, Thành phố Cần Thơ"},
                     "callbackUrl":"%s"}""".formatted(receiver.url()));
            assertThat(booked.status()).isEqualTo(201);
            String itemCode = booked.json().get("itemCode").asString();
            assertThat(itemCode).matches("EB\\d{9}VN");

            List<String> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                CallbackReceiver.Received r = receiver.next(Duration.ofSeconds(10));
                assertThat(Hmac.verify("vnpost-demo-secret", r.body(), r.signature())).isTrue();
                JsonNode body = Http.JSON.readTree(r.body());
                assertThat(body.get("itemCode").asString()).isEqualTo(itemCode);
                statuses.add(body.get("sequence").asInt() + ":" + body.get("status").asString());
            }
            assertThat(statuses).containsExactlyInAnyOrder("1:PICKED_UP", "2:IN_TRANSIT", "3:OUT_FOR_DELIVERY",
                    "4:DELIVERED");

            JsonNode tracked = Http.at(port).get("/vnpost/v1/shipments/" + itemCode).json();
            assertThat(tracked.get("status").asString()).isEqualTo("DELIVERED");
            assertThat(tracked.get("events")).hasSize(5);
        }
    }

    @Test
    void aShipmentBookedToFailIsReturned() throws InterruptedException {
        try (CallbackReceiver receiver = new CallbackReceiver()) {
            Http.at(port).post("/vnpost/v1/shipments", """
                    {"orderRef":"HS-2","receiver":{"name":"Lê Văn Tâm","address":"Xã Long Phú"},
                     "callbackUrl":"%s","outcome":"RETURNED"}""".formatted(receiver.url()));

            List<String> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(Http.JSON.readTree(receiver.next(Duration.ofSeconds(10)).body()).get("status").asString());
            }
            assertThat(statuses).contains("RETURNED").doesNotContain("DELIVERED");
        }
    }

    @Test
    void itemCodesCarryTheUpuS10CheckDigit() {
        assertThat(vn.tinhso.simulators.vnpost.S10.itemCode("AA", 47312482)).isEqualTo("AA473124829VN");
    }
}
