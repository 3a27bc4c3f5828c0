package vn.tinhso.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.simulators.data.Enterprises;
import vn.tinhso.simulators.data.PersonalIdNumber;
import vn.tinhso.simulators.data.Sex;

/** A birth registered end to end through the national services, and the other registries, over real HTTP. */
@SimulatorsTest
class NationalServicesIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Enterprises enterprises;
    Http ngsp;

    @BeforeEach
    void signIn() {
        Http http = Http.at(port);
        ngsp = http.bearer(http.lgspToken());
    }

    @Test
    void aNewbornIsRegisteredGivenAPersonalIdInsuredAndFoundInThePopulationDatabase() {
        String born = LocalDate.now().minusDays(10).toString();
        Http.Answer birth = ngsp.post("/civil-status/v1/births", """
                {"childFullName":"Trần Gia Bảo","childSex":"MALE","dateOfBirth":"%s",
                 "placeOfBirth":"Bệnh viện Sản - Nhi Sóc Trăng",
                 "father":{"fullName":"Trần Minh Tuấn","personalId":"094088001122"},
                 "mother":{"fullName":"Nguyễn Thị Hồng Nhung","personalId":"094301001111"},
                 "registrationAuthority":"UBND Phường Phú Lợi"}""".formatted(born));
        assertThat(birth.status()).isEqualTo(201);
        assertThat(birth.json().get("registrationNumber").asString()).matches("\\d+");
        assertThat(birth.json().get("book").asString()).isEqualTo("01/" + LocalDate.now().getYear());

        Http.Answer number = ngsp.post("/personal-id/v1/numbers", """
                {"fullName":"Trần Gia Bảo","sex":"MALE","dateOfBirth":"%s","birthProvinceCode":"094",
                 "birthRegistrationId":"%s","fatherName":"Trần Minh Tuấn","motherName":"Nguyễn Thị Hồng Nhung"}"""
                .formatted(born, birth.json().get("id").asString()));
        assertThat(number.status()).isEqualTo(201);
        PersonalIdNumber id = new PersonalIdNumber(number.json().get("personalId").asString());
        assertThat(id.provinceCode()).isEqualTo("094");
        assertThat(id.sex()).isEqualTo(Sex.MALE);
        assertThat(id.birthYear()).isEqualTo(LocalDate.now().minusDays(10).getYear());

        assertThat(ngsp.get("/population/v1/citizens/" + id).json().get("fullName").asString())
                .isEqualTo("Trần Gia Bảo");

        Http.Answer card = ngsp.post("/health-insurance/v1/cards",
                "{\"personalId\":\"%s\",\"fullName\":\"Trần Gia Bảo\",\"dateOfBirth\":\"%s\"}".formatted(id, born));
        assertThat(card.status()).isEqualTo(201);
        assertThat(card.json().get("cardNumber").asString()).matches("TE194\\d{10}");
        assertThat(card.json().get("validTo").asString())
                .isEqualTo(LocalDate.parse(born).plusYears(6).minusDays(1).toString());
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstBirthRegistration() {
        String declaration = """
                {"childFullName":"Lê Ngọc Hân","childSex":"FEMALE","dateOfBirth":"%s",
                 "mother":{"fullName":"Lê Thị Thu"},"registrationAuthority":"UBND Xã Kế Sách"}"""
                .formatted(LocalDate.now().minusDays(3));
        Http keyed = ngsp.with("Idempotency-Key", "ks-ke-sach-0001");

        Http.Answer first = keyed.post("/civil-status/v1/births", declaration);
        Http.Answer again = keyed.post("/civil-status/v1/births", declaration);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
    }

    @Test
    void aBirthInTheFutureIsRefused() {
        Http.Answer a = ngsp.post("/civil-status/v1/births", """
                {"childFullName":"Lê Văn Tí","childSex":"MALE","dateOfBirth":"%s",
                 "mother":{"fullName":"Lê Thị Thu"},"registrationAuthority":"UBND Xã Kế Sách"}"""
                .formatted(LocalDate.now().plusDays(2)));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("detail").asString()).contains("Ngày sinh");
    }

    @Test
    void findsAnEnterpriseByItsCode() {
        var expected = enterprises.sample(1).getFirst();

        Http.Answer a = ngsp.get("/enterprise/v1/enterprises/" + expected.enterpriseCode());

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("name").asString()).isEqualTo(expected.name()).startsWith("Công ty");
        assertThat(ngsp.get("/enterprise/v1/enterprises/0000000000").status()).isEqualTo(404);
    }

    @Test
    void aJudicialRecordCertificateNamesThePersonAndTheirRecord() {
        Http.Answer a = ngsp.post("/judicial-records/v1/certificates",
                "{\"personalId\":\"094090001234\",\"fullName\":\"Nguyễn Văn An\",\"type\":1,\"purpose\":\"Xin việc\"}");

        assertThat(a.status()).isEqualTo(201);
        assertThat(a.json().get("certificateNumber").asString()).contains("/LLTP-");
        assertThat(a.json().get("criminalRecord").asString()).isIn("Không có án tích", "Có án tích");
        assertThat(ngsp.post("/judicial-records/v1/certificates",
                "{\"personalId\":\"094090001234\",\"fullName\":\"Nguyễn Văn Bình\",\"type\":1}").status())
                .isEqualTo(400);
    }

    @Test
    void aLandTaxNoticeChargesHalfTheLandValueAndARegistrationFeeOfHalfAPercent() {
        Http.Answer a = ngsp.post("/tax/v1/land-notices", """
                {"personalId":"094090001234","fullName":"Nguyễn Văn An",
                 "parcel":{"province":"Thành phố Cần Thơ","commune":"Phường Sóc Trăng","mapSheetNumber":"12",
                           "parcelNumber":"345","area":120.5,"landUse":"ODT"}}""");

        assertThat(a.status()).isEqualTo(201);
        JsonNode n = a.json();
        long value = Math.round(120.5 * n.get("unitPricePerSquareMetre").asLong());
        assertThat(n.get("landValue").asLong()).isEqualTo(value);
        assertThat(n.get("landUseFee").asLong()).isEqualTo(Math.round(value / 2.0));
        assertThat(n.get("registrationFee").asLong()).isEqualTo(Math.round(value * 0.005));
        assertThat(n.get("total").asLong()).isEqualTo(n.get("landUseFee").asLong() + n.get("registrationFee").asLong());
        assertThat(ngsp.get("/tax/v1/land-notices/" + n.get("noticeNumber").asString()).status()).isEqualTo(200);
    }
}
