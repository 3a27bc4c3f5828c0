package vn.tinhso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tinhso.support.Api;

/**
 * The national connector against a real server implementing the national platform's contract: the LGSP obtains
 * the province's token there and re-exposes a national service to provincial consumers as a registered service.
 */
class NationalConnectorIntegrationTest extends LgspIntegrationTest {

    @Test
    void aNationalServiceIsCalledWithTheProvincesTokenAndReexposedToConsumers() {
        Map<String, Object> service = Lgsp.rest("population-lookup", null);
        service.remove("baseUrl");
        service.put("kind", "NATIONAL");
        service.put("name", "Tra cứu thông tin công dân (CSDLQG về dân cư)");
        service.put("classification", "CONFIDENTIAL");
        var published = lgsp.publish(service);
        assertThat(published.get("baseUrl").asString()).isEqualTo(NATIONAL.url() + "/population-lookup/1.0");
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, "population-lookup")));
        int tokensBefore = NATIONAL.tokenRequests();

        Api.Answer first = caller.get("/gw/population-lookup/1.0/citizens/092090001234");
        Api.Answer second = caller.get("/gw/population-lookup/1.0/citizens/092090005678");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("fullName").asString()).isEqualTo("Trần Thị Bích Ngọc");
        assertThat(second.json().get("personalId").asString()).isEqualTo("092090005678");
        assertThat(NATIONAL.tokenRequests() - tokensBefore).as("the national token is kept, not fetched per call")
                .isLessThanOrEqualTo(1);

        NATIONAL.revokeAllTokens();
        Api.Answer afterRevocation = caller.get("/gw/population-lookup/1.0/citizens/092090009999");
        assertThat(afterRevocation.status()).as("a refused national token is replaced once").isEqualTo(200);
    }
}
