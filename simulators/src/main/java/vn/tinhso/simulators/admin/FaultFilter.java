package vn.tinhso.simulators.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tinhso.simulators.web.Problems;

/**
 * Applies injected faults before a service answers, logs the calls that get through, and echoes the caller's
 * {@code X-Correlation-Id}. Besides the admin API, one call can ask for a fault with the
 * header {@code X-Simulator-Fault: down}, {@code error} or {@code slow=1500} (milliseconds).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FaultFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Simulator-Fault";

    private final Faults faults;
    private final CallLog log;

    FaultFilter(Faults faults, CallLog log) {
        this.faults = faults;
        this.log = log;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return target(request).startsWith("admin");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String correlationId = request.getHeader("X-Correlation-Id");
        if (correlationId != null) {
            response.setHeader("X-Correlation-Id", correlationId);
        }
        Optional<Fault> fault = fromHeader(request.getHeader(HEADER)).or(() -> faults.take(target(request)));
        if (fault.isPresent()) {
            switch (fault.get().mode()) {
                case DOWN, FAIL_NEXT -> {
                    response.setHeader("Retry-After", "1");
                    Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "service-down",
                            "Dịch vụ tạm ngừng (simulated outage)");
                    return;
                }
                case ERROR -> {
                    Problems.write(response, HttpStatus.INTERNAL_SERVER_ERROR, "service-error",
                            "Lỗi hệ thống (simulated error)");
                    return;
                }
                case SLOW -> pause(fault.get().delayMs() == null ? 2000 : fault.get().delayMs());
            }
        }
        log.record(new CallLog.Call(target(request), request.getMethod(), request.getRequestURI(),
                request.getHeader("Idempotency-Key"), correlationId, request.getHeader("X-Dossier-Code"),
                Instant.now()));
        chain.doFilter(request, response);
    }

    private static Optional<Fault> fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String h = header.trim().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("slow")) {
            long delay = h.contains("=") ? Long.parseLong(h.substring(h.indexOf('=') + 1).trim()) : 2000;
            return Optional.of(new Fault(Fault.Mode.SLOW, delay, null));
        }
        return switch (h) {
            case "down" -> Optional.of(new Fault(Fault.Mode.DOWN, null, null));
            case "error" -> Optional.of(new Fault(Fault.Mode.ERROR, null, null));
            default -> Optional.empty();
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String target(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/");
        return parts.length > 1 ? parts[1] : "";
    }
}
