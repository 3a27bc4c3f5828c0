package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** Agencies by QCVN 102 code and by name, as of a date. */
@PlatformIntegrationTest
class AgenciesIntegrationTest {

    private static final String AGENCIES = "/api/v1/organization/agencies";

    @LocalServerPort
    int port;

    @Test
    void theThirtyFourUnitsOfTableEightServedSocTrangIn2024() {
        JsonNode page = Api.at(port).get(AGENCIES + "?at=2024-05-01&size=200").json();

        List<String> codes = page.get("items").values().stream().map(agency -> agency.get("code").asString())
                .filter(code -> code.matches("000\\.00\\.\\d\\d\\.H55") && !code.equals("000.00.00.H55")).toList();
        assertThat(codes).hasSize(34);
        assertThat(Api.at(port).get(AGENCIES + "/000.00.15.H55").json().get("name").asString())
                .isEqualTo("Sở Xây dựng");
    }

    @Test
    void searchFindsTheDepartmentWithoutAccents() {
        assertThat(names(Api.at(port).get(AGENCIES + "?q=So%20Tai%20nguyen&at=2024-05-01")))
                .first().isEqualTo("Sở Tài nguyên và Môi trường");
    }

    @Test
    void dAndDStrokeMatchEachOtherBothWays() {
        Api api = Api.at(port);

        assertThat(names(api.get(AGENCIES + "?q=giao%20duc%20va%20dao%20tao&at=2024-05-01")))
                .contains("Sở Giáo dục và Đào tạo");
        assertThat(names(api.get(AGENCIES + "?q=%C4%91%C3%A0o%20t%E1%BA%A1o&at=2024-05-01")))
                .contains("Sở Giáo dục và Đào tạo");
        // "giáo đục": a typed đ still finds the plain d of "dục".
        assertThat(names(api.get(AGENCIES + "?q=gi%C3%A1o%20%C4%91%E1%BB%A5c&at=2024-05-01")))
                .contains("Sở Giáo dục và Đào tạo");
    }

    @Test
    void theShortNameIsSearchedToo() {
        assertThat(names(Api.at(port).get(AGENCIES + "?q=ttpvhcc"))).first()
                .isEqualTo("Trung tâm Phục vụ hành chính công thành phố Cần Thơ");
    }

    @Test
    void todayTheDepartmentsAreThoseOfCanTho() {
        List<String> today = names(Api.at(port).get(AGENCIES + "?kind=DEPARTMENT&size=100"));

        assertThat(today).contains("Sở Nông nghiệp và Môi trường thành phố Cần Thơ")
                .doesNotContain("Sở Tài nguyên và Môi trường");
        JsonNode donre = Api.at(port).get(AGENCIES + "/000.00.11.H55").json();
        assertThat(donre.get("successors").values()).extracting(JsonNode::asString).containsExactly("000.00.04.H92");
    }

    @Test
    void aMalformedCodeIsABadRequest() {
        Api.Answer answer = Api.at(port).get(AGENCIES + "/000.00.15.h55");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("agency-code-malformed");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        Api.Answer answer = Api.at(port).get(AGENCIES + "/000.00.99.H55");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asString()).isEqualTo("agency-not-found");
    }

    @Test
    void anAgencyDidNotExistBeforeItsValidityStarted() {
        assertThat(Api.at(port).get(AGENCIES + "/000.00.04.H92?at=2024-05-01").status()).isEqualTo(404);
        assertThat(Api.at(port).get(AGENCIES + "/000.00.04.H92?at=2025-07-01").status()).isEqualTo(200);
    }

    private static List<String> names(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("items").values().stream().map(agency -> agency.get("name").asString()).toList();
    }
}
