package vn.tinhso.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;

/**
 * Turns every error of the API into problem+json from the error catalogue: the platform's own {@link Problem}s and
 * the framework's (bad parameter types, missing parameters, unreadable bodies, unknown paths).
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final ProblemResponses problems;

    ProblemAdvice(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> domainProblem(Problem problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.status()).body(problems.of(problem, request));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(HttpServletRequest request) {
        return respond("forbidden", HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unexpected failure on {}", request.getRequestURI(), failure);
        return respond("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** Framework exceptions: keep Spring's status, replace its body with ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest webRequest) {
        HttpServletRequest request = ((NativeWebRequest) webRequest).getNativeRequest(HttpServletRequest.class);
        ProblemDetail problem = problems.build(codeOf(failure), HttpStatus.valueOf(status.value()),
                argumentsOf(failure), request);
        if (failure instanceof MethodArgumentNotValidException invalid) {
            problem.setProperty("errors", invalid.getFieldErrors().stream()
                    .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage())).toList());
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private ResponseEntity<ProblemDetail> respond(String code, HttpStatus status, HttpServletRequest request) {
        return ResponseEntity.status(status).body(problems.build(code, status, new Object[0], request));
    }

    private static String codeOf(Exception failure) {
        return switch (failure) {
            case TypeMismatchException ignored -> "invalid-parameter";
            case MissingServletRequestParameterException ignored -> "missing-parameter";
            case HttpMessageNotReadableException ignored -> "unreadable-body";
            case MethodArgumentNotValidException ignored -> "validation-failed";
            case HandlerMethodValidationException ignored -> "validation-failed";
            case NoResourceFoundException ignored -> "not-found";
            case NoHandlerFoundException ignored -> "not-found";
            case HttpRequestMethodNotSupportedException ignored -> "method-not-allowed";
            case HttpMediaTypeNotSupportedException ignored -> "unsupported-media-type";
            case MaxUploadSizeExceededException ignored -> "payload-too-large";
            default -> "bad-request";
        };
    }

    private static Object[] argumentsOf(Exception failure) {
        return switch (failure) {
            case TypeMismatchException mismatch -> new Object[] {mismatch.getPropertyName(), mismatch.getValue()};
            case MissingServletRequestParameterException missing -> new Object[] {missing.getParameterName()};
            case HttpRequestMethodNotSupportedException method -> new Object[] {method.getMethod()};
            default -> new Object[0];
        };
    }

    record FieldProblem(String field, String message) {
    }
}
