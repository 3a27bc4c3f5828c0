package vn.tinhso.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

@SimulatorsTest
class PopulationIntegrationTest {

    @LocalServerPort
    int port;
    Http ngsp;

    @BeforeEach
    void signIn() {
        Http http = Http.at(port);
        ngsp = http.bearer(http.lgspToken());
    }

    @Test
    void looksUpACitizenByPersonalIdWithFullDiacritics() {
        Http.Answer a = ngsp.get("/population/v1/citizens/094301001111");

        assertThat(a.status()).isEqualTo(200);
        JsonNode c = a.json();
        assertThat(c.get("fullName").asString()).isEqualTo("Nguyễn Thị Hồng Nhung");
        assertThat(c.get("dateOfBirth").asString()).isEqualTo("2001-08-20");
        assertThat(c.get("sex").asString()).isEqualTo("FEMALE");
        assertThat(c.get("permanentResidence").get("province").asString()).isEqualTo("Thành phố Cần Thơ");
    }

    @Test
    void verificationNamesTheFieldsThatDoNotMatch() {
        Http.Answer same = ngsp.post("/population/v1/citizens/verify",
                "{\"personalId\":\"094090001234\",\"fullName\":\"nguyễn  văn an\",\"dateOfBirth\":\"1990-05-12\"}");
        Http.Answer unaccented = ngsp.post("/population/v1/citizens/verify",
                "{\"personalId\":\"094090001234\",\"fullName\":\"Nguyen Van An\",\"dateOfBirth\":\"1990-05-13\"}");

        assertThat(same.json().get("match").asBoolean()).isTrue();
        assertThat(unaccented.json().get("found").asBoolean()).isTrue();
        assertThat(unaccented.json().get("match").asBoolean()).isFalse();
        assertThat(unaccented.json().get("mismatches").valueStream().map(JsonNode::asString))
                .containsExactly("fullName", "dateOfBirth");
    }

    @Test
    void anUnknownIdIsNotFoundAndAMalformedOneIsABadRequest() {
        Http.Answer unknown = ngsp.get("/population/v1/citizens/094099999998");
        Http.Answer malformed = ngsp.get("/population/v1/citizens/12345");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void publishesItsWsdlWithoutAToken() {
        Http.Answer wsdl = Http.at(port).get("/population/v1/soap/population.wsdl");

        assertThat(wsdl.status()).isEqualTo(200);
        assertThat(wsdl.body()).contains("CitizenLookupRequest").contains("PopulationService")
                .contains("localhost:" + port + "/population/v1/soap");
    }

    @Test
    void looksUpACitizenOverSoap() {
        Http.Answer a = ngsp.soap("/population/v1/soap", envelope("""
                <p:CitizenLookupRequest xmlns:p="http://tinhso.vn/simulators/population/v1">
                  <p:PersonalId>094190001234</p:PersonalId>
                </p:CitizenLookupRequest>"""));

        assertThat(a.status()).isEqualTo(200);
        assertThat(values(a.body(), "FullName")).containsExactly("Thạch Thị Sa Rinh");
        assertThat(values(a.body(), "Ethnicity")).containsExactly("Khmer");
        assertThat(values(a.body(), "Commune")).containsExactly("Xã Trần Đề");
    }

    @Test
    void soapAnswersAnUnknownIdWithAClientFault() {
        Http.Answer a = ngsp.soap("/population/v1/soap", envelope("""
                <p:CitizenLookupRequest xmlns:p="http://tinhso.vn/simulators/population/v1">
                  <p:PersonalId>094099999998</p:PersonalId>
                </p:CitizenLookupRequest>"""));

        assertThat(a.status()).isEqualTo(500);
        assertThat(a.body()).contains("Fault").contains("Client").contains("Không tìm thấy công dân");
    }

    @Test
    void soapCallsNeedABearerTokenToo() {
        Http.Answer a = Http.at(port).soap("/population/v1/soap", envelope("""
                <p:CitizenLookupRequest xmlns:p="http://tinhso.vn/simulators/population/v1">
                  <p:PersonalId>094190001234</p:PersonalId>
                </p:CitizenLookupRequest>"""));

        assertThat(a.status()).isEqualTo(401);
    }

    @Test
    void verifiesACitizenOverSoap() {
        Http.Answer a = ngsp.soap("/population/v1/soap", envelope("""
                <p:CitizenVerifyRequest xmlns:p="http://tinhso.vn/simulators/population/v1">
                  <p:PersonalId>094090001234</p:PersonalId>
                  <p:FullName>Nguyễn Văn Ân</p:FullName>
                  <p:DateOfBirth>1990-05-12</p:DateOfBirth>
                </p:CitizenVerifyRequest>"""));

        assertThat(values(a.body(), "Found")).containsExactly("true");
        assertThat(values(a.body(), "Match")).containsExactly("false");
        assertThat(values(a.body(), "Mismatch")).containsExactly("fullName");
    }

    /** The texts of the elements with this local name in the population namespace. */
    static List<String> values(String xml, String localName) {
        try {
            NodeList nodes = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml)))
                    .getElementsByTagNameNS("http://tinhso.vn/simulators/population/v1", localName);
            return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
        } catch (Exception e) {
            throw new AssertionError("Not XML: " + xml, e);
        }
    }

    static String envelope(String payload) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + payload + "</soapenv:Body></soapenv:Envelope>";
    }
}
