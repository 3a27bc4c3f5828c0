package vn.tinhso.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.tinhso.organization.InvalidFields;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;

/**
 * The words of a refused administration form, in the reader's language: one message per field, from the page's own
 * checks or from the module's (the organisation catalogue's reason per field), and a problem's catalogue detail.
 */
@Component
class FormMessages {

    private final MessageSource messages;
    private final ProblemResponses problems;

    FormMessages(MessageSource messages, ProblemResponses problems) {
        this.messages = messages;
        this.problems = problems;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A day as the pages write it. */
    static String day(LocalDate day) {
        return DAY.format(day);
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    /** The problem's detail as the reader would see it on an error page. */
    String detail(Problem problem) {
        return problems.of(problem, LocaleContextHolder.getLocale(), null).getDetail();
    }

    /** Field → message for each field the organisation catalogue refused. */
    Map<String, String> fields(InvalidFields refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.reasons().forEach((field, reason) -> errors.put(field, text(InvalidFields.MESSAGE_PREFIX + reason)));
        return errors;
    }
}
