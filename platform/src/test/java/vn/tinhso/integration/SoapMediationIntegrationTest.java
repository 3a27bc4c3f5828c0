package vn.tinhso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;

/**
 * A SOAP provider — as many national and ministry systems still are — reached by consumers as REST with JSON,
 * through the mappings declared in the registry.
 */
class SoapMediationIntegrationTest extends LgspIntegrationTest {

    private static final String NS = "urn:hotich:dichvu:v1";
    /** Started per test class: {@link SoapMediationDataPlaneIntegrationTest} runs the same tests again. */
    static Provider SOAP;

    @BeforeAll
    static void start() {
        SOAP = Provider.start(SoapMediationIntegrationTest::answer);
    }

    @AfterAll
    static void stop() {
        SOAP.close();
    }

    @Test
    void aSoapProviderIsReachableAsRestWithJson() {
        String code = publishSoapService();
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));

        Api.Answer answer = caller.get("/gw/" + code + "/1.0/births/KS-2026-000123?province=92");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        JsonNode birth = answer.json();
        assertThat(birth.get("registrationNumber").asString()).isEqualTo("KS-2026-000123");
        assertThat(birth.get("childName").asString()).isEqualTo("Lê Minh Khôi");
        assertThat(birth.get("parents").get("parent")).hasSize(2);
        assertThat(birth.get("parents").get("parent").get(0).get("name").asString()).isEqualTo("Lê Văn Tám");

        Provider.Request soap = SOAP.received().getLast();
        assertThat(soap.method()).isEqualTo("POST");
        assertThat(soap.header("SOAPAction")).isEqualTo("\"urn:hotich:GetBirth\"");
        assertThat(soap.header("Content-Type")).startsWith("text/xml");
        assertThat(soap.text()).contains("<op:GetBirth xmlns:op=\"" + NS + "\">",
                "<registrationNumber>KS-2026-000123</registrationNumber>", "<province>92</province>");
    }

    @Test
    void aJsonBodyBecomesTheOperationsElementsAndAFaultA502Problem() {
        String code = publishSoapService();
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));

        Api.Answer registered = caller.post("/gw/" + code + "/1.0/births",
                Map.of("childName", "Phạm Gia Hân", "dateOfBirth", "2026-11-20", "place", "Cần Thơ & Sóc Trăng"));
        Api.Answer fault = caller.post("/gw/" + code + "/1.0/births", Map.of("childName", ""));
        Api.Answer undeclared = caller.get("/gw/" + code + "/1.0/marriages/1");

        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        assertThat(registered.json().get("registrationNumber").asString()).isEqualTo("KS-2026-000124");
        assertThat(SOAP.received().stream().map(Provider.Request::text))
                .anyMatch(xml -> xml.contains("<childName>Phạm Gia Hân</childName>")
                        && xml.contains("<place>Cần Thơ &amp; Sóc Trăng</place>"));
        GatewayIntegrationTest.assertProblem(fault, 502, "gateway-soap-fault");
        assertThat(fault.json().get("detail").asString()).contains("Thiếu họ tên");
        GatewayIntegrationTest.assertProblem(undeclared, 404, "gateway-operation-unknown");
    }

    private String publishSoapService() {
        String code = Lgsp.code("ho-tich-soap");
        Map<String, Object> service = Lgsp.rest(code, SOAP.url() + "/HoTichService");
        service.put("kind", "SOAP");
        service.put("contractDocument", "<definitions xmlns=\"http://schemas.xmlsoap.org/wsdl/\" "
                + "targetNamespace=\"" + NS + "\"/>");
        service.put("soapMappings", List.of(
                Map.of("method", "GET", "path", "/births/{registrationNumber}", "operation", "GetBirth",
                        "namespace", NS, "soapAction", "urn:hotich:GetBirth"),
                Map.of("method", "POST", "path", "/births", "operation", "RegisterBirth",
                        "namespace", NS, "soapAction", "urn:hotich:RegisterBirth")));
        lgsp.publish(service);
        return code;
    }

    /** A SOAP 1.1 civil-status service: GetBirth and RegisterBirth, a fault for a missing child's name. */
    private static Provider.Answer answer(Provider.Request request) {
        String xml = request.text();
        String body;
        if (xml.contains("GetBirth")) {
            String number = between(xml, "<registrationNumber>", "</registrationNumber>");
            body = "<h:GetBirthResponse xmlns:h=\"" + NS + "\"><registrationNumber>" + number
                    + "</registrationNumber><childName>Lê Minh Khôi</childName><parents>"
                    + "<parent><name>Lê Văn Tám</name><role>father</role></parent>"
                    + "<parent><name>Trần Thị Mai</name><role>mother</role></parent>"
                    + "</parents></h:GetBirthResponse>";
        } else if (xml.contains("<childName></childName>")) {
            body = "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Thiếu họ tên trẻ</faultstring>"
                    + "</soap:Fault>";
            return new Provider.Answer(500, "text/xml; charset=utf-8", envelope(body), 0);
        } else {
            body = "<h:RegisterBirthResponse xmlns:h=\"" + NS + "\"><registrationNumber>KS-2026-000124"
                    + "</registrationNumber></h:RegisterBirthResponse>";
        }
        return new Provider.Answer(200, "text/xml; charset=utf-8", envelope(body), 0);
    }

    private static byte[] envelope(String body) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope "
                + "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + body
                + "</soap:Body></soap:Envelope>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
