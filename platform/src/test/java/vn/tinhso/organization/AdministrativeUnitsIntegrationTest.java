package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** Administrative units as of a date: the three levels of 2024, the two levels of today, and who took over. */
@PlatformIntegrationTest
class AdministrativeUnitsIntegrationTest {

    private static final String UNITS = "/api/v1/organization/units";

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    @Test
    void searchIgnoresAccentsAndRanksThePrefixMatchFirst() {
        Api api = Api.at(port);

        assertThat(names(api.get(UNITS + "?q=soc%20trang&at=2024-05-01")))
                .containsExactlyInAnyOrder("Tỉnh Sóc Trăng", "Thành phố Sóc Trăng");
        assertThat(names(api.get(UNITS + "?q=ke%20sach&at=2024-05-01")))
                .contains("Huyện Kế Sách", "Thị trấn Kế Sách");
        assertThat(names(api.get(UNITS + "?q=ke%20sach"))).containsExactly("Xã Kế Sách");
        assertThat(names(api.get(UNITS + "?q=K%E1%BA%BF%20S%C3%A1ch"))).containsExactly("Xã Kế Sách");
    }

    @Test
    void exactNamesComeBeforeLongerOnes() {
        List<String> found = names(Api.at(port).get(UNITS + "?q=phuong%201&at=2024-05-01"));

        assertThat(found).startsWith("Phường 1", "Phường 1", "Phường 1").contains("Phường 10");
    }

    @Test
    void theDistrictsOfSocTrangExistIn2024ButNotToday() {
        Api api = Api.at(port);

        List<String> in2024 = names(api.get(UNITS + "?level=DISTRICT&parent=94&at=2024-05-01&size=50"));
        assertThat(in2024).hasSize(11).contains("Thành phố Sóc Trăng", "Huyện Kế Sách", "Thị xã Vĩnh Châu",
                "Huyện Trần Đề", "Huyện Cù Lao Dung");
        assertThat(names(api.get(UNITS + "?level=DISTRICT&at=2026-01-15"))).isEmpty();
        assertThat(api.get(UNITS + "/941?at=2026-01-15").status()).isEqualTo(404);
    }

    @Test
    void theWardsOfTheCityOfSocTrangAreItsChildrenIn2024() {
        JsonNode children = Api.at(port).get(UNITS + "/941/children?at=2024-05-01").json();

        assertThat(children.values()).hasSize(10);
        assertThat(children.get(0).get("kind").asString()).isEqualTo("WARD");
    }

    @Test
    void todayCommunesSitDirectlyUnderCanTho() {
        List<String> children = Api.at(port).get(UNITS + "/92/children").json().values().stream()
                .map(unit -> unit.get("name").asString()).toList();

        assertThat(children).contains("Phường Sóc Trăng", "Phường Phú Lợi", "Xã Kế Sách");
        assertThat(Api.at(port).get(UNITS + "/94/children").json().values()).isEmpty();
    }

    @Test
    void socTrangClosedOnTheLastDayOfJune2025AndCanThoSucceededIt() {
        Api api = Api.at(port);

        JsonNode socTrang = api.get(UNITS + "/94").json();
        assertThat(socTrang.get("validTo").asString()).isEqualTo("2025-06-30");
        assertThat(socTrang.get("successors").values()).extracting(JsonNode::asString).containsExactly("92");
        assertThat(api.get(UNITS + "/94?at=2025-06-30").status()).isEqualTo(200);
        assertThat(api.get(UNITS + "/94?at=2025-07-01").status()).isEqualTo(404);
        assertThat(api.get(UNITS + "/92?at=2025-07-01").json().get("name").asString()).isEqualTo("Thành phố Cần Thơ");
    }

    @Test
    void otherModulesFollowSuccessorsToTheUnitsOfToday() {
        var today = java.time.LocalDate.of(2026, 1, 15);

        assertThat(organizations.currentFor("94", today)).extracting(AdministrativeUnit::code).containsExactly("92");
        assertThat(organizations.currentFor("94103", today)).extracting(AdministrativeUnit::name)
                .containsExactly("Phường Sóc Trăng");
        assertThat(organizations.unit("943", java.time.LocalDate.of(2024, 5, 1))).isPresent();
        assertThat(organizations.unit("943", today)).isEmpty();
    }

    @Test
    void anUnknownCodeIsAProblemNamedUnitNotFound() {
        Api.Answer answer = Api.at(port).get(UNITS + "/99999");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("unit-not-found");
        assertThat(answer.json().get("messages").get("vi").asString()).contains("99999");
    }

    @Test
    void aMalformedDateIsABadRequest() {
        Api.Answer answer = Api.at(port).get(UNITS + "?at=30-06-2025");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("invalid-parameter");
    }

    private static List<String> names(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("items").values().stream().map(unit -> unit.get("name").asString()).toList();
    }
}
