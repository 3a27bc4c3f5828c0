package vn.tinhso.web.support;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.tinhso.calendar.WorkingCalendar;

/**
 * Formatting for templates ({@code ${@fmt.date(d.dueAt)}}): dates on the offices' wall clock, amounts in đồng, and the
 * due-date colour of a dossier (late, due within a working day and a half, on track).
 */
@Component("fmt")
public class PageFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    /** Due within this much working time counts as at risk (sắp đến hạn). */
    public static final Duration AT_RISK = Duration.ofHours(12);

    private final WorkingCalendar calendar;
    private final ZoneId zone;

    PageFormats(WorkingCalendar calendar) {
        this.calendar = calendar;
        this.zone = calendar.timeZone();
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** ISO date for {@code <input type="date">}. */
    public String isoDate(Instant instant) {
        return instant == null ? "" : instant.atZone(zone).toLocalDate().toString();
    }

    public String money(long amountVnd) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(amountVnd) + " đ";
    }

    /** {@code late}, {@code soon} or {@code ok}: the colour of a due date in lists. */
    public String due(Instant dueAt) {
        Instant now = Instant.now();
        if (dueAt == null) {
            return "ok";
        }
        if (dueAt.isBefore(now)) {
            return "late";
        }
        return calendar.workingTimeBetween(now, dueAt).total().compareTo(AT_RISK) <= 0 ? "soon" : "ok";
    }

    public ZoneId zone() {
        return zone;
    }
}
