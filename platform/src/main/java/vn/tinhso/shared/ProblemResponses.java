package vn.tinhso.shared;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problem documents from the error catalogue.
 *
 * <p>{@code title} and {@code detail} are in the caller's language (Vietnamese unless {@code Accept-Language} asks
 * for English); both languages are always present under {@code messages}, so a system that forwards the error to a
 * citizen can show Vietnamese whatever language its developer used. The stable {@code code} is what clients branch on.
 */
@Component
public class ProblemResponses {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String TYPE_PREFIX = "urn:tinhso:problem:";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** The language problem details for {@code request} are written in. */
    public Locale localeOf(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    public ProblemDetail of(Problem problem, HttpServletRequest request) {
        return of(problem, request != null ? locales.resolveLocale(request) : VIETNAMESE,
                request != null ? request.getRequestURI() : null);
    }

    public ProblemDetail build(String code, HttpStatus status, Object[] arguments, HttpServletRequest request) {
        return build(code, status, arguments, request != null ? locales.resolveLocale(request) : VIETNAMESE,
                request != null ? request.getRequestURI() : null);
    }

    /** For servers outside the servlet container (the gateway's data plane): the locale and path as they came. */
    public ProblemDetail of(Problem problem, Locale locale, String instance) {
        ProblemDetail detail = build(problem.code(), problem.status(), problem.arguments(), locale, instance);
        problem.properties().forEach(detail::setProperty);
        return detail;
    }

    /** @param instance the request's path, or {@code null} */
    public ProblemDetail build(String code, HttpStatus status, Object[] arguments, Locale locale, String instance) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(title(code, locale));
        problem.setDetail(detail(code, arguments, locale));
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        problem.setProperty("code", code);
        Map<String, String> both = new LinkedHashMap<>();
        both.put("vi", detail(code, arguments, VIETNAMESE));
        both.put("en", detail(code, arguments, Locale.ENGLISH));
        problem.setProperty("messages", both);
        problem.setProperty("correlationId", Correlation.currentId());
        return problem;
    }

    /** For filters that answer before Spring MVC does (authentication, rate limits). */
    public void write(String code, HttpStatus status, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ProblemDetail problem = build(code, status, new Object[0], request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private String title(String code, Locale locale) {
        return messages.getMessage("problem." + code + ".title", null, code, locale);
    }

    private String detail(String code, Object[] arguments, Locale locale) {
        return messages.getMessage("problem." + code + ".detail", arguments, title(code, locale), locale);
    }
}
