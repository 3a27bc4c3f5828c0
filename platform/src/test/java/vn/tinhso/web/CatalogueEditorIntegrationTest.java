package vn.tinhso.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * The catalogue administrator edits a procedure in the browser — a fee and an e-form field added, the name
 * changed — saves the draft and publishes it: the catalogue then serves the new version, the old one superseded.
 */
@PlatformIntegrationTest
class CatalogueEditorIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorAddsAFeeAndAFormFieldAndPublishesANewVersion() {
        String code = "1.003677";
        int before = Api.at(port).get("/api/v1/procedures/" + code).json().get("version").asInt();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("danhmuc");
            browser.go("/quan-tri/thu-tuc/" + code);
            String name = browser.find("#name").getDomProperty("value");
            browser.type("#name", name + " (sửa đổi)");
            int fees = browser.driver.findElements(By.cssSelector("input[name$='.amount'][name^='fee']")).size();
            String blankFee = "fee" + (fees - 1);
            browser.type("input[name='" + blankFee + ".name']", "Phí thử nghiệm");
            new Select(browser.find("select[name='" + blankFee + ".kind']")).selectByValue("FEE");
            browser.type("input[name='" + blankFee + ".amount']", "15000");
            browser.type("#formTitle", "Tờ khai khai báo tạm vắng");
            browser.type("input[name='field0.name']", "lyDo");
            browser.type("input[name='field0.label']", "Lý do tạm vắng");
            browser.click("input[name='field0.required']");
            browser.click("main form[method=post]:not([action$='/cong-bo']) button[type=submit]");
            browser.textOnceItSays(".notice", "Đã lưu bản nháp");
            browser.click("form[action$='/cong-bo'] button");
            browser.textOnceItSays(".notice", "Đã công bố phiên bản " + (before + 1));
        }
        JsonNode published = Api.at(port).get("/api/v1/procedures/" + code).json();
        assertThat(published.get("version").asInt()).isEqualTo(before + 1);
        JsonNode definition = published.get("definition");
        assertThat(definition.get("name").asString()).endsWith("(sửa đổi)");
        assertThat(definition.get("fees").valueStream().map(f -> f.get("name").asString() + "="
                + f.get("amountVnd").asLong())).contains("Phí thử nghiệm=15000");
        assertThat(definition.get("forms").get(0).get("fields").get(0).get("label").asString())
                .isEqualTo("Lý do tạm vắng");
        assertThat(Api.at(port).as("danhmuc").get("/api/v1/admin/procedures/" + code + "/versions").json()
                .valueStream().map(v -> v.get("status").asString())).contains("SUPERSEDED", "PUBLISHED");
    }
}
