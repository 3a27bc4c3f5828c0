package vn.tinhso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** Citizens search the catalogue the way they type: without accents, with typos, in a few words. */
@PlatformIntegrationTest
class ProcedureSearchIntegrationTest {

    private static final String BIRTH_REGISTRATION = "1.001193";

    @LocalServerPort
    int port;

    @Test
    void theDemoCatalogueHoldsRealProceduresAcrossFields() {
        JsonNode all = search("", 100).get("items");
        assertThat(all.size()).isGreaterThanOrEqualTo(25);
        List<String> fields = all.valueStream().map(item -> item.get("fieldCode").asString()).distinct().toList();
        assertThat(fields).contains("civil_status", "residence", "judicial_record", "land", "construction",
                "business_household", "enterprise", "education", "labour_social_insurance", "health_insurance",
                "transport_driving_licence", "agriculture");
    }

    @Test
    void birthRegistrationRanksFirstForWhatCitizensType() {
        assertThat(firstCode("khai sinh")).isEqualTo(BIRTH_REGISTRATION);
        assertThat(firstCode("dang ky khai sinh")).isEqualTo(BIRTH_REGISTRATION);
        assertThat(firstCode("Đăng ký khai sinh")).isEqualTo(BIRTH_REGISTRATION);
    }

    @Test
    void theInterAgencyBirthChainRanksFirstWhenAskedFor() {
        JsonNode first = search("khai sinh lien thong", 5).get("items").get(0);
        assertThat(first.get("code").asString()).isIn("2.000986", "2.001023");
        assertThat(first.get("name").asString()).contains("khai sinh").startsWith("Liên thông");
    }

    @Test
    void aTypoStillFindsBirthRegistration() {
        assertThat(codes("khai sihn")).contains(BIRTH_REGISTRATION);
        assertThat(firstCode("khai sihn")).isEqualTo(BIRTH_REGISTRATION);
    }

    @Test
    void theFirstTimeLandCertificateIsFoundWithoutAccents() {
        List<String> codes = codes("giay chung nhan quyen su dung dat lan dau");
        assertThat(codes).contains("STG-DD-001", "1.013978");
        assertThat(codes.indexOf("STG-DD-001")).isLessThan(3);
    }

    @Test
    void filtersNarrowTheResults() {
        JsonNode land = Api.at(port).get("/api/v1/procedures?field=land&size=50").json().get("items");
        assertThat(land.size()).isGreaterThanOrEqualTo(3);
        land.forEach(item -> assertThat(item.get("fieldCode").asString()).isEqualTo("land"));

        JsonNode commune = Api.at(port).get("/api/v1/procedures?level=PROVINCE&q=dat&size=50").json().get("items");
        commune.forEach(item -> assertThat(item.get("levels").valueStream().map(JsonNode::asString))
                .contains("PROVINCE"));
    }

    @Test
    void anUnknownProcedureOrAMalformedFilterIsAProblem() {
        Api.Answer unknown = Api.at(port).get("/api/v1/procedures/9.999999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("procedure-not-found");

        Api.Answer malformed = Api.at(port).get("/api/v1/procedures/khong-hop-le");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("code").asString()).isEqualTo("procedure-code-malformed");

        Api.Answer badLevel = Api.at(port).get("/api/v1/procedures?level=VILLAGE");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.json().get("code").asString()).isEqualTo("invalid-parameter");
    }

    private String firstCode(String query) {
        return codes(query).getFirst();
    }

    private List<String> codes(String query) {
        return search(query, 10).get("items").valueStream().map(item -> item.get("code").asString()).toList();
    }

    private JsonNode search(String query, int size) {
        Api.Answer answer = Api.at(port)
                .get("/api/v1/procedures?size=" + size + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
