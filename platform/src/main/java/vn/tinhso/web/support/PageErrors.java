package vn.tinhso.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;

/**
 * Errors on pages become a page in plain words, in the reader's language, never a stack trace or JSON: a domain
 * problem shows its catalogue message, anything unexpected a short apology with the correlation id to quote.
 */
@ControllerAdvice(basePackages = "vn.tinhso.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final ProblemResponses problems;

    PageErrors(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Problem.class)
    ModelAndView problem(Problem problem, HttpServletRequest request, HttpServletResponse response) {
        return page(problems.of(problem, request), response);
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        String code = failure instanceof TypeMismatchException ? "invalid-parameter" : "missing-parameter";
        return page(problems.build(code, HttpStatus.BAD_REQUEST, new Object[] {"?", "?"}, request), response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(HttpServletRequest request, HttpServletResponse response) {
        return page(problems.build("forbidden", HttpStatus.FORBIDDEN, new Object[0], request), response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected failure on page {}", request.getRequestURI(), failure);
        return page(problems.build("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, new Object[0], request),
                response);
    }

    static ModelAndView page(ProblemDetail problem, HttpServletResponse response) {
        response.setStatus(problem.getStatus());
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(problem.getStatus()));
        page.addObject("problemTitle", problem.getTitle());
        page.addObject("problemDetail", problem.getDetail());
        page.addObject("problemStatus", problem.getStatus());
        page.addObject("correlationId", problem.getProperties() == null ? null
                : problem.getProperties().get("correlationId"));
        return page;
    }
}
