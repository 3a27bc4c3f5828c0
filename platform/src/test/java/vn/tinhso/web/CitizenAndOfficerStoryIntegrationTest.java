package vn.tinhso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * The portal and the workbench in a real browser (headless Chromium): a citizen finds a procedure, applies online
 * with a file and gets a code; an officer signs in and takes the dossier to its result; the citizen sees the result
 * and rates the service. And the same wizard done with the keyboard alone.
 */
@PlatformIntegrationTest
class CitizenAndOfficerStoryIntegrationTest {

    /** congdan's personal ID, as the identity module verified it (demo account): the citizen applies for themselves. */
    private static final String CITIZEN_ID = "094090001234";

    @LocalServerPort
    int port;

    @BeforeEach
    void procedure() {
        WebFixtures.publishTestProcedure(port);
    }

    @Test
    void citizenAppliesOnlineOfficerSettlesItAndCitizenRatesTheResult() {
        String code;
        try (Browser citizen = Browser.open(port)) {
            citizen.go("/");
            citizen.type("#q", "xac nhan cu tru thu nghiem");
            citizen.find("#q").submit();
            citizen.find("ol.results").findElement(By.linkText(WebFixtures.PROCEDURE_NAME)).click();
            assertThat(citizen.text("h1")).isEqualTo(WebFixtures.PROCEDURE_NAME);
            assertThat(citizen.text("main")).contains("Tờ khai xác nhận thông tin cư trú", "10.000 đ",
                    "Luật Cư trú số 68/2020/QH14", "UBND phường Sóc Trăng");
            citizen.click("a[href='/nop-ho-so/" + WebFixtures.PROCEDURE + "']");

            // Not signed in yet: the portal asks, then comes back to the wizard.
            citizen.signInAtTheProvider("congdan");
            citizen.waitUntil(d -> d.getCurrentUrl().contains("/nop-ho-so/" + WebFixtures.PROCEDURE));

            citizen.type("#a_fullName", "Nguyễn Văn An");
            citizen.type("#a_idNumber", "12345");
            citizen.find("#a_phone").click();
            // Live validation: the server answers for the field as soon as it changes.
            citizen.waitUntil(d -> d.findElement(By.id("err-a_idNumber")).getText().contains("12 chữ số"));
            citizen.type("#a_idNumber", CITIZEN_ID);
            citizen.find("#a_phone").click();
            citizen.waitUntil(d -> d.findElement(By.id("err-a_idNumber")).getText().isEmpty());
            citizen.type("#a_phone", "0912345678");
            citizen.type("#f_noiCuTru", "Số 5, đường Trần Hưng Đạo, phường Sóc Trăng");
            citizen.type("#f_soNhanKhau", "bốn");
            citizen.click("main form button[type=submit]");

            // Refused: a message in plain Vietnamese, and nothing typed is lost.
            citizen.textOnceItSays(".alert", "cần sửa");
            assertThat(citizen.find("#a_fullName").getDomProperty("value")).isEqualTo("Nguyễn Văn An");
            assertThat(citizen.find("#f_noiCuTru").getDomProperty("value")).contains("Trần Hưng Đạo");
            assertThat(citizen.text("#err-f_soNhanKhau")).isNotEmpty();
            citizen.textOnceItSays("#err-f_mucDich", "Chưa nhập");
            citizen.type("#f_soNhanKhau", "4");
            new org.openqa.selenium.support.ui.Select(citizen.find("#f_mucDich")).selectByVisibleText("Việc làm");
            citizen.click("main form button[type=submit]");

            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/giay-to"));
            citizen.upload("#tep-0", WebFixtures.pdf("to-khai.pdf"));
            citizen.click("main form button[type=submit]");
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/xem-lai"));
            assertThat(citizen.text("main")).contains("to-khai.pdf", "10.000 đ", "3 ngày làm việc", "Việc làm");
            citizen.click("form[action$='/nop'] button");

            code = citizen.text("#ma-ho-so");
            assertThat(code).matches("000\\.00\\.51\\.H92-\\d{6}-\\d{4}");
            assertThat(citizen.textOnceItSays("#trang-thai", "Đã tiếp nhận")).isEqualTo("Đã tiếp nhận");
            assertThat(citizen.statusOf("/ca-nhan/ho-so/" + code + "/phieu-tiep-nhan.pdf")).isEqualTo(200);
            citizen.click("form[action$='/thanh-toan'] button");
            citizen.textOnceItSays(".notice", "Đã ghi nhận thanh toán");
        }

        try (Browser officer = Browser.open(port)) {
            officer.signIn("motcua");
            assertThat(officer.driver.getCurrentUrl()).endsWith("/can-bo");
            officer.type("#ma", code);
            officer.find("#ma").submit();
            assertThat(officer.text("main")).contains("Nguyễn Văn An", "Số 5, đường Trần Hưng Đạo", "Việc làm",
                    "Tờ khai xác nhận thông tin cư trú");
            String scan = officer.find("main").findElement(By.linkText("Mở tệp")).getAttribute("href");
            assertThat(officer.statusOf(scan.replaceFirst("^https?://[^/]+", ""))).isEqualTo(200);
            officer.waitUntil(d -> "true".equals(d.findElement(By.id("so-do")).getAttribute("data-rendered")));
            assertThat(officer.driver.findElements(By.cssSelector("#so-do .current"))).isNotEmpty();
            officer.click("form[action$='/nhan'] button");
            officer.textOnceItSays(".notice", "nhận xử lý");
            assertThat(officer.textOnceItSays("#trang-thai", "Đang xử lý")).isEqualTo("Đang xử lý");
            officer.upload("#tep-ket-qua", WebFixtures.pdf("giay-xac-nhan.pdf"));
            officer.type("#tenKetQua", "Giấy xác nhận thông tin cư trú");
            officer.click("form[action$='/ket-qua'] button[type=submit]");
            officer.textOnceItSays(".notice", "Đã đính kèm kết quả");
            officer.type("textarea[name=yKien]", "Hồ sơ đầy đủ, đề nghị cấp.");
            officer.click("form[action$='/hoan-thanh'] button[value=APPROVE]");
            assertThat(officer.textOnceItSays("#trang-thai", "Có kết quả")).isEqualTo("Có kết quả");
            officer.click("form[action$='/thao-tac/RETURN_RESULT'] button");
            assertThat(officer.textOnceItSays("#trang-thai", "Đã trả kết quả")).isEqualTo("Đã trả kết quả");
        }

        try (Browser citizen = Browser.open(port)) {
            citizen.signIn("congdan");
            citizen.go("/ca-nhan/ho-so");
            citizen.waitUntil(d -> !d.findElements(By.linkText(code)).isEmpty());
            citizen.find("main").findElement(By.linkText(code)).click();
            assertThat(citizen.textOnceItSays("#trang-thai", "Đã trả kết quả")).isEqualTo("Đã trả kết quả");
            WebElement result = citizen.find("main").findElement(By.linkText("Giấy xác nhận thông tin cư trú"));
            assertThat(citizen.statusOf(result.getAttribute("href").replaceFirst("^https?://[^/]+", "")))
                    .isEqualTo(200);
            citizen.click("label[for='diem-4']");
            citizen.type("#gopY", "Nhanh, cán bộ nhiệt tình.");
            citizen.click("form[action$='/danh-gia'] button[type=submit]");
            citizen.textOnceItSays(".notice", "Cảm ơn bạn đã đánh giá");
            citizen.go("/ca-nhan/ket-qua");
            assertThat(citizen.text("main")).contains(code + "-KQ1");
        }
    }

    @Test
    void theSubmissionWizardWorksWithTheKeyboardAlone() {
        try (Browser citizen = Browser.open(port)) {
            Keyboard keys = new Keyboard(citizen);
            citizen.go("/dang-nhap");
            citizen.waitUntil(d -> d.getCurrentUrl().contains("/idp/login"));
            keys.tabTo("#username").type("congdan").tab().type("TinhSo@2026").press(Keys.ENTER);
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/ca-nhan/ho-so"));
            citizen.go("/thu-tuc/" + WebFixtures.PROCEDURE);
            keys.tabTo("a[href='/nop-ho-so/" + WebFixtures.PROCEDURE + "']").press(Keys.ENTER);
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/nop-ho-so/" + WebFixtures.PROCEDURE));

            keys.tabTo("#a_fullName").replace("Trần Thị Bích").tab().replace(CITIZEN_ID).tab()
                    .replace("0987654321").tabTo("#coQuan").press(Keys.ARROW_DOWN)
                    .tabTo("#f_noiCuTru").replace("Ấp Hòa Thành, xã Hòa Tú").tab().replace("3").tab()
                    .press(Keys.ARROW_DOWN).press(Keys.ARROW_DOWN).tabTo("main form button[type=submit]").press(Keys.ENTER);
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/giay-to"));

            keys.tabTo("#tep-0");
            citizen.driver.switchTo().activeElement().sendKeys(WebFixtures.pdf("to-khai-ban-phim.pdf")
                    .toAbsolutePath().toString());
            citizen.waitUntil(d -> d.findElement(By.cssSelector(".upload")).getAttribute("data-uploaded") != null);
            keys.tabTo("main form button[type=submit]").press(Keys.ENTER);
            citizen.waitUntil(d -> d.getCurrentUrl().endsWith("/xem-lai"));
            assertThat(citizen.text("main")).contains("Trần Thị Bích", "to-khai-ban-phim.pdf");
            keys.tabTo("form[action$='/nop'] button").press(Keys.ENTER);
            assertThat(citizen.text("#ma-ho-so")).matches("000\\.00\\.51\\.H92-\\d{6}-\\d{4}");
        }
    }

    /** Moves focus only with Tab and types only with keys, as a person without a mouse does. */
    private static final class Keyboard {

        private final Browser browser;

        Keyboard(Browser browser) {
            this.browser = browser;
        }

        /** Presses Tab until the element matching {@code css} has the focus (at most 80 times). */
        Keyboard tabTo(String css) {
            WebElement target = browser.find(css);
            for (int i = 0; i < 80; i++) {
                if (target.equals(browser.driver.switchTo().activeElement())) {
                    return this;
                }
                new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            }
            throw new AssertionError("Tab never reached " + css);
        }

        Keyboard tab() {
            return press(Keys.TAB);
        }

        Keyboard type(String text) {
            new Actions(browser.driver).sendKeys(text).perform();
            return this;
        }

        /** Selects what the focused field holds and types over it. */
        Keyboard replace(String text) {
            new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(text)
                    .perform();
            return this;
        }

        Keyboard press(CharSequence key) {
            new Actions(browser.driver).sendKeys(key).perform();
            return this;
        }
    }
}
