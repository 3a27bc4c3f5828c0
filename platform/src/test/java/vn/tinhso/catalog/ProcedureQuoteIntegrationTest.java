package vn.tinhso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * Fees and time limits are rules, not text: every row of the first-time land-certificate fee table of Sóc Trăng
 * (QĐ 21/2014/QĐ-UBND, seed digest r2 §3.2) comes out of the quote API.
 */
@PlatformIntegrationTest
class ProcedureQuoteIntegrationTest {

    private static final String LAND = "STG-DD-001";

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} {2}: appraisal fee {3} đ")
    @CsvSource({
            "TO_CHUC, ORGANIZATION, URBAN_WARD, 5000000,",
            "TO_CHUC, ORGANIZATION, OTHER, 2500000,",
            "HO_GIA_DINH, HOUSEHOLD, URBAN_WARD, 400000, RESIDENTIAL_LAND",
            "HO_GIA_DINH, HOUSEHOLD, URBAN_WARD, 600000, BUSINESS_LAND",
            "HO_GIA_DINH, HOUSEHOLD, URBAN_WARD, 300000, OTHER_LAND",
            "HO_GIA_DINH, HOUSEHOLD, OTHER, 200000, RESIDENTIAL_LAND",
            "HO_GIA_DINH, HOUSEHOLD, OTHER, 300000, BUSINESS_LAND",
            "HO_GIA_DINH, HOUSEHOLD, OTHER, 150000, OTHER_LAND"})
    void appraisalFeesFollowTheTable(String caseId, String applicant, String area, long fee, String objectType) {
        JsonNode quote = quote(caseId, applicant, area, objectType, 1);
        assertThat(quote.get("fees").valueStream().filter(line -> line.get("kind").asString().equals("FEE"))
                .mapToLong(line -> line.get("amountVnd").asLong()).sum()).isEqualTo(fee);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}: certificate charge {4} đ each")
    @CsvSource({
            "TO_CHUC, ORGANIZATION, URBAN_WARD, LAND_ONLY, 100000",
            "TO_CHUC, ORGANIZATION, OTHER, LAND_ONLY, 100000",
            "TO_CHUC, ORGANIZATION, URBAN_WARD, LAND_AND_ASSETS, 500000",
            "TO_CHUC, ORGANIZATION, OTHER, LAND_AND_ASSETS, 500000",
            "HO_GIA_DINH, HOUSEHOLD, URBAN_WARD, LAND_ONLY, 25000",
            "HO_GIA_DINH, HOUSEHOLD, URBAN_WARD, LAND_AND_ASSETS, 100000",
            "HO_GIA_DINH, HOUSEHOLD, OTHER, LAND_ONLY, 12000",
            "HO_GIA_DINH, HOUSEHOLD, OTHER, LAND_AND_ASSETS, 50000"})
    void certificateChargesFollowTheTableAndCountCertificates(String caseId, String applicant, String area,
            String objectType, long charge) {
        JsonNode quote = quote(caseId, applicant, area, objectType, 3);
        JsonNode line = quote.get("fees").valueStream().filter(l -> l.get("kind").asString().equals("CHARGE"))
                .findFirst().orElseThrow();
        assertThat(line.get("unitAmountVnd").asLong()).isEqualTo(charge);
        assertThat(line.get("quantity").asInt()).isEqualTo(3);
        assertThat(line.get("amountVnd").asLong()).isEqualTo(charge * 3);
        assertThat(line.get("legalBasis").asString()).isEqualTo("QĐ 21/2014/QĐ-UBND");
    }

    @Test
    void aHouseholdInAWardPaysAppraisalAndCertificateTogether() {
        JsonNode quote = quote("HO_GIA_DINH", "HOUSEHOLD", "URBAN_WARD", "RESIDENTIAL_LAND", 1);
        // Residential land in a ward: 400,000 đ appraisal; the certificate charge depends on the certificate type,
        // which this request does not name, so it is not charged.
        assertThat(quote.get("totalVnd").asLong()).isEqualTo(400000);
    }

    @Test
    void theTimeLimitDependsOnTheCase() {
        assertThat(quote("TO_CHUC", "ORGANIZATION", "OTHER", null, 1).get("timeLimit").get("amount").asInt())
                .isEqualTo(22);
        JsonNode household = quote("HO_GIA_DINH", "HOUSEHOLD", "OTHER", null, 1);
        assertThat(household.get("timeLimit").get("amount").asInt()).isEqualTo(27);
        assertThat(household.get("timeLimit").get("unit").asString()).isEqualTo("WORKING_DAYS");
        assertThat(household.get("excludedPeriods").valueStream().map(p -> p.get("id").asString()))
                .contains("XAC_DINH_NVTC", "NOP_NVTC", "Y_KIEN_TAI_SAN");
    }

    @Test
    void theTimeLimitDependsOnTheChannelWhereThePortalSaysSo() {
        // 1.013978 on the national portal: online 17, post 20, at the counter 27 working days.
        assertThat(channelLimit("ONLINE")).isEqualTo(17);
        assertThat(channelLimit("POST")).isEqualTo(20);
        assertThat(channelLimit("COUNTER")).isEqualTo(27);
    }

    @Test
    void perPageFeesFromThePortalTextAreCountedPerPage() {
        // 2.000815 certification of copies: "2,000 Việt Nam Đồng(/trang)".
        JsonNode quote = Api.at(port).get("/api/v1/procedures/2.000815/quote?quantity=5&channel=COUNTER").json();
        assertThat(quote.get("totalVnd").asLong()).isEqualTo(10000);
    }

    @Test
    void anUnknownCaseIsAProblem() {
        Api.Answer answer = Api.at(port).get("/api/v1/procedures/" + LAND + "/quote?case=KHONG_CO");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("procedure-case-not-found");
    }

    private int channelLimit(String channel) {
        return Api.at(port).get("/api/v1/procedures/1.013978/quote?channel=" + channel).json()
                .get("timeLimit").get("amount").asInt();
    }

    private JsonNode quote(String caseId, String applicant, String area, String objectType, int quantity) {
        String path = "/api/v1/procedures/" + LAND + "/quote?case=" + caseId + "&applicantType=" + applicant
                + "&area=" + area + "&quantity=" + quantity + (objectType == null ? "" : "&objectType=" + objectType);
        Api.Answer answer = Api.at(port).get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
