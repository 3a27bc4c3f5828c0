package vn.tinhso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.Organizations;
import vn.tinhso.organization.StaffMember;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * The catalogue administrator keeps the calendar and the organisation up to date in the browser: a day off from the
 * government's notice moves a deadline, a refused entry keeps what was typed, the day is withdrawn again; an agency
 * renamed, a staff member added under a role and recorded as having left — gone from today's list, still there for
 * an earlier day. Every change leaves its audit row with the administrator's name.
 */
@PlatformIntegrationTest
class AdministrationPagesIntegrationTest {

    private static final ZoneId OFFICES = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Sở Y tế: no other test works with its staff. */
    private static final String AGENCY = "000.00.08.H92";

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDayOffFromTheNoticeMovesDeadlinesAndCanBeWithdrawn() {
        LocalDate dayOff = LocalDate.of(2031, 9, 16);
        Instant mondayMorning = LocalDateTime.of(2031, 9, 15, 10, 0).atZone(OFFICES).toInstant();
        assertThat(calendar.addWorkingDays(mondayMorning, 1)).isEqualTo(at(dayOff, 10));
        try (Browser browser = Browser.open(port)) {
            browser.signIn("danhmuc");
            browser.go("/quan-tri/lich?nam=2031");
            setDate(browser, "#date", dayOff);
            browser.click("#kind-DAY_OFF");
            browser.type("#nameVi", "Nghỉ bù lễ Quốc khánh (thử nghiệm)");
            browser.type("#reference", "Thông báo số 01/TB-BNV (thử nghiệm)");
            browser.click("form[action$='/quan-tri/lich/ngay'] button[type=submit]");

            assertThat(browser.textOnceItSays("#err-nameEn", "Vui lòng nhập")).isNotBlank();
            assertThat(browser.find("#nameVi").getDomProperty("value")).isEqualTo("Nghỉ bù lễ Quốc khánh (thử nghiệm)");
            assertThat(browser.find("#date").getDomProperty("value")).isEqualTo("2031-09-16");
            assertThat(browser.find("#nameEn").getDomAttribute("aria-invalid")).isEqualTo("true");
            browser.type("#nameEn", "National Day bridge (test)");
            browser.click("form[action$='/quan-tri/lich/ngay'] button[type=submit]");
            browser.textOnceItSays(".notice", "Đã thêm điều chỉnh ngày 16/09/2031");
            assertThat(browser.text("#overrides")).contains("16/09/2031", "Nghỉ bù lễ Quốc khánh (thử nghiệm)",
                    "Thông báo số 01/TB-BNV", "danhmuc");
            assertThat(calendar.isWorkingDay(dayOff)).isFalse();
            assertThat(calendar.addWorkingDays(mondayMorning, 1)).isEqualTo(at(dayOff.plusDays(1), 10));

            setDate(browser, "#date", dayOff);
            browser.type("#nameVi", "Ngày trùng");
            browser.type("#nameEn", "Same day");
            browser.type("#reference", "Thông báo khác");
            browser.click("form[action$='/quan-tri/lich/ngay'] button[type=submit]");
            assertThat(browser.textOnceItSays("#err-date", "đã có điều chỉnh")).contains("2031-09-16");
            assertThat(browser.find("#nameVi").getDomProperty("value")).isEqualTo("Ngày trùng");
            assertThat(browser.find("#reference").getDomProperty("value")).isEqualTo("Thông báo khác");
            assertThat(browser.find("#date").getDomAttribute("aria-invalid")).isEqualTo("true");

            browser.click("tr[data-date='2031-09-16'] button[type=submit]");
            browser.textOnceItSays(".notice", "Đã rút điều chỉnh ngày 16/09/2031");
        }
        assertThat(calendar.isWorkingDay(dayOff)).isTrue();
        assertThat(calendar.addWorkingDays(mondayMorning, 1)).isEqualTo(at(dayOff, 10));
        assertThat(audit("CalendarOverride", "2031-09-16"))
                .containsExactly("danhmuc calendar.override.added", "danhmuc calendar.override.removed");
    }

    @Test
    void anAgencyIsRenamedAndAStaffMemberJoinsUnderARoleAndLeaves() {
        LocalDate today = LocalDate.now(OFFICES);
        LocalDate joined = today.minusDays(30);
        LocalDate earlier = today.minusDays(10);
        LocalDate lastDay = today.minusDays(1);
        String name = "Sở Y tế thành phố Cần Thơ (đổi tên thử nghiệm)";
        String person = "Trương Thị Thử Nghiệm";
        try (Browser browser = Browser.open(port)) {
            browser.signIn("danhmuc");
            browser.go("/quan-tri/to-chuc?coQuan=" + AGENCY);
            browser.click("a[href$='/quan-tri/to-chuc/co-quan/" + AGENCY + "']");
            browser.type("#name", name);
            browser.type("#email", "khong-phai-thu");
            browser.click("#sua-co-quan button[type=submit]");
            assertThat(browser.textOnceItSays("#err-email", "định dạng")).isNotBlank();
            assertThat(browser.find("#name").getDomProperty("value")).isEqualTo(name);
            browser.type("#email", "soyte@cantho.invalid");
            browser.click("#sua-co-quan button[type=submit]");
            browser.textOnceItSays(".notice", "Đã lưu thông tin cơ quan");
            assertThat(browser.text("#co-quan h2")).isEqualTo(name);
            assertThat(browser.text("#co-quan")).contains("soyte@cantho.invalid");

            browser.click("a[href$='/quan-tri/to-chuc/co-quan/" + AGENCY + "/can-bo']");
            browser.type("#fullName", person);
            browser.type("#position", "Chuyên viên phòng Nghiệp vụ Y");
            browser.click("#role-SPECIALIST");
            browser.type("#username", "motcua");
            setDate(browser, "#activeFrom", joined);
            browser.click("#can-bo button[type=submit]");
            assertThat(browser.textOnceItSays("#err-username", "đã gắn với cán bộ khác")).isNotBlank();
            assertThat(browser.find("#fullName").getDomProperty("value")).isEqualTo(person);
            assertThat(browser.find("#role-SPECIALIST").isSelected()).isTrue();
            assertThat(browser.find("#activeFrom").getDomProperty("value")).isEqualTo(joined.toString());
            browser.type("#username", "thunghiem.yte");
            browser.click("#can-bo button[type=submit]");
            browser.textOnceItSays(".notice", "Đã thêm cán bộ " + person);
            assertThat(browser.text("ul[data-role='SPECIALIST']")).contains(person);

            browser.driver.findElement(By.linkText(person)).click();
            browser.textOnceItSays("h1", person);
            setDate(browser, "#activeTo", lastDay);
            browser.click("#nghi-viec button[type=submit]");
            browser.textOnceItSays(".notice", "Đã ghi nhận " + person + " nghỉ việc");
            assertThat(browser.text("#co-quan")).doesNotContain(person);

            browser.go("/quan-tri/to-chuc?coQuan=" + AGENCY + "&ngay=" + earlier);
            assertThat(browser.textOnceItSays("#co-quan h3", earlier.format(DAY))).isNotBlank();
            assertThat(browser.text("ul[data-role='SPECIALIST']")).contains(person);
        }
        AgencyCode agency = AgencyCode.of(AGENCY);
        assertThat(organizations.agency(agency, today).orElseThrow().name()).isEqualTo(name);
        assertThat(organizations.staffInRole(agency, "SPECIALIST", today)).extracting(StaffMember::fullName)
                .doesNotContain(person);
        assertThat(organizations.staffInRole(agency, "SPECIALIST", earlier)).extracting(StaffMember::fullName)
                .contains(person);
        StaffMember member = organizations.staffByUsername("thunghiem.yte", earlier).orElseThrow();
        assertThat(member.activeTo()).isEqualTo(lastDay);
        assertThat(audit("Agency", AGENCY)).contains("danhmuc organization.agency.updated");
        assertThat(audit("StaffMember", member.id()))
                .containsExactly("danhmuc organization.staff.created", "danhmuc organization.staff.closed");
    }

    @Test
    void aUnitShowsItsChildrenAndItsNoteIsEdited() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("danhmuc");
            browser.go("/quan-tri/to-chuc/don-vi/94");
            assertThat(browser.text("main")).contains("Tỉnh Sóc Trăng", "30/06/2025", "Thành phố Sóc Trăng");
            browser.go("/quan-tri/to-chuc/don-vi/92003");
            browser.type("#note", "Ghi chú thử nghiệm của quản trị danh mục.");
            browser.type("#name", "");
            browser.click("#sua-don-vi button[type=submit]");
            assertThat(browser.textOnceItSays("#err-name", "Bắt buộc")).isNotBlank();
            assertThat(browser.find("#note").getDomProperty("value")).isEqualTo("Ghi chú thử nghiệm của quản trị danh mục.");
            browser.type("#name", "Xã Kế Sách");
            browser.click("#sua-don-vi button[type=submit]");
            browser.textOnceItSays(".notice", "Đã lưu đơn vị hành chính");
            assertThat(browser.text("main")).contains("Ghi chú thử nghiệm của quản trị danh mục.");
        }
        assertThat(audit("AdministrativeUnit", "92003")).contains("danhmuc organization.unit.updated");
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(OFFICES).toInstant();
    }

    /** Sets a date field the way its picker would (the picker's typing order depends on the browser's locale). */
    private static void setDate(Browser browser, String css, LocalDate day) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(css),
                day.toString());
    }

    /** "actor action" of the audit rows of one object, oldest first. */
    private List<String> audit(String type, String id) {
        return jdbc.sql("select actor || ' ' || action from audit_log where object_type = ? and object_id = ? "
                + "order by seq").params(type, id).query(String.class).list();
    }
}
