package vn.tinhso.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;
import vn.tinhso.organization.io.ImportRejected;
import vn.tinhso.organization.io.RecordInvalid;
import vn.tinhso.organization.io.RowError;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;

/**
 * Adds the list of bad cells to the problem of a rejected import or an invalid record, so a catalogue administrator
 * can fix every row of a spreadsheet in one pass. Runs before the platform's general problem advice.
 */
@RestControllerAdvice(basePackageClasses = OrganizationProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganizationProblemAdvice {

    private final ProblemResponses problems;
    private final MessageSource messages;
    private final LocaleResolver locales;

    OrganizationProblemAdvice(ProblemResponses problems, MessageSource messages, LocaleResolver locales) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<ProblemDetail> importRejected(ImportRejected rejected, HttpServletRequest request) {
        return withErrors(rejected, rejected.errors(), request);
    }

    @ExceptionHandler(RecordInvalid.class)
    ResponseEntity<ProblemDetail> recordInvalid(RecordInvalid invalid, HttpServletRequest request) {
        return withErrors(invalid, invalid.errors(), request);
    }

    private ResponseEntity<ProblemDetail> withErrors(Problem problem, List<RowError> errors,
            HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail detail = problems.of(problem, request);
        detail.setProperty("errors", errors.stream().map(error -> new CellProblem(error.row(), error.column(),
                error.value(), error.reason(), message(error.reason(), locale))).toList());
        return ResponseEntity.status(problem.status()).body(detail);
    }

    private String message(String reason, Locale locale) {
        return messages.getMessage("organization.row." + reason, null, reason, locale);
    }

    /** One bad cell as the client sees it; {@code message} in the caller's language. */
    record CellProblem(int row, String column, String value, String reason, String message) {
    }
}
