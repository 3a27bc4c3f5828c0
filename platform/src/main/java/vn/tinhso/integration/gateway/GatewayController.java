package vn.tinhso.integration.gateway;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.integration.consumer.AccessTokens;
import vn.tinhso.integration.consumer.ConsumerDirectory;
import vn.tinhso.integration.queue.NewMessage;
import vn.tinhso.integration.queue.QueuedMessage;
import vn.tinhso.integration.queue.StoreAndForward;
import vn.tinhso.integration.registry.CallableServices;
import vn.tinhso.integration.registry.ServiceDefinition;
import vn.tinhso.shared.Correlation;
import vn.tinhso.shared.ProblemResponses;

/**
 * The gateway: {@code ANY /gw/{service}/{version}/**} with a bearer token (checked by {@link BearerTokenFilter}).
 * It is called by {@link GatewayDispatch}, a servlet filter, rather than through Spring MVC: matching a request
 * against every mapping of the platform cost more than the rest of the gateway's work.
 * In order: the service must be callable, the token's scope must hold it, the consumer's rate limit and quota must
 * allow it, the body must fit and match the schema; then the call is forwarded (or queued with
 * {@code Prefer: respond-async}) and the exchange logged before the answer leaves. Nothing here reads the database
 * except queueing.
 */
@org.springframework.stereotype.Component
class GatewayController {

    private static final Pattern SAFE_DOSSIER = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

    private final CallableServices services;
    private final RateLimits rateLimits;
    private final RequestChecks checks;
    private final Routes routes;
    private final ProviderClient client;
    private final StoreAndForward queue;
    private final GatewayJournal journal;
    private final ProblemResponses problems;
    private final JsonMapper json;

    GatewayController(CallableServices services, RateLimits rateLimits, RequestChecks checks, Routes routes,
            ProviderClient client, StoreAndForward queue, GatewayJournal journal, ProblemResponses problems,
            JsonMapper json) {
        this.services = services;
        this.rateLimits = rateLimits;
        this.checks = checks;
        this.routes = routes;
        this.client = client;
        this.queue = queue;
        this.journal = journal;
        this.problems = problems;
        this.json = json;
    }

    void call(String service, String version, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        AccessTokens.Token token = (AccessTokens.Token) request.getAttribute(BearerTokenFilter.TOKEN);
        String prefix = "/gw/" + service + "/" + version;
        String uri = request.getRequestURI();
        String rest = uri.length() > prefix.length() ? uri.substring(prefix.length()) : "";
        Exchange exchange = new Exchange(Correlation.currentId(), request.getMethod(), uri)
                .consumer(token.consumerKey()).dossier(dossierCode(request));
        try {
            ServiceDefinition definition = services.find(service, version).orElseThrow(() ->
                    GatewayProblem.rejected("gateway-service-unknown", HttpStatus.NOT_FOUND, service, version));
            exchange.service(definition);
            ConsumerDirectory.Limits limits = token.limitsFor(service);
            if (limits == null) {
                throw GatewayProblem.rejected("gateway-not-subscribed", HttpStatus.FORBIDDEN, service);
            }
            rateLimits.take(token.consumerKey(), service, limits);
            byte[] body = readBody(request, definition.maxRequestBytes());
            exchange.request(body, request.getContentType());
            checks.validate(definition, body, request.getContentType());
            if (wantsAsync(request)) {
                queueCall(definition, token, rest, body, request, response, exchange);
                return;
            }
            ProviderRequest outgoing = routes.request(definition, request.getMethod(), rest,
                    request.getQueryString(), forwardedHeaders(request, token), body, request.getContentType());
            ProviderResponse answer = routes.response(definition, client.call(definition, outgoing));
            journal.record(exchange.response(answer.status(), outcomeOf(answer.status()), answer.body(),
                    answer.contentType()));
            write(answer, response);
        } catch (GatewayProblem problem) {
            ProblemDetail detail = problems.of(problem, request);
            byte[] bytes = json.writeValueAsBytes(detail);
            journal.record(exchange.response(problem.status().value(), problem.outcome(), bytes,
                    MediaType.APPLICATION_PROBLEM_JSON_VALUE));
            if (problem.retryAfterSeconds() > 0) {
                response.setHeader("Retry-After", Long.toString(problem.retryAfterSeconds()));
            }
            response.setStatus(problem.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }

    private void queueCall(ServiceDefinition definition, AccessTokens.Token token, String rest, byte[] body,
            HttpServletRequest request, HttpServletResponse response, Exchange exchange) throws IOException {
        String query = request.getQueryString();
        QueuedMessage message = queue.enqueue(new NewMessage(token.consumerKey(),
                request.getHeader("Idempotency-Key"), definition.code(), definition.version(), request.getMethod(),
                rest + (query == null ? "" : "?" + query), request.getContentType(), body, exchange.correlationId,
                exchange.dossierCode));
        byte[] bytes = json.writeValueAsBytes(java.util.Map.of("messageId", message.messageId(),
                "status", message.status()));
        journal.record(exchange.response(202, GatewayProblem.Outcome.QUEUED, bytes, "application/json"));
        response.setStatus(202);
        response.setHeader("Location", URI.create("/gw/messages/" + message.messageId()).toString());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void write(ProviderResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        for (String[] header : answer.headers()) {
            if (!Correlation.HEADER.equalsIgnoreCase(header[0])) {
                response.addHeader(header[0], header[1]);
            }
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** The body, refused with 413 past the service's limit without reading the rest. */
    private static byte[] readBody(HttpServletRequest request, int limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw GatewayProblem.rejected("gateway-payload-too-large", HttpStatus.CONTENT_TOO_LARGE, limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw GatewayProblem.rejected("gateway-payload-too-large", HttpStatus.CONTENT_TOO_LARGE, limit);
            }
            return body;
        }
    }

    private static List<String[]> forwardedHeaders(HttpServletRequest request, AccessTokens.Token token) {
        List<String[]> headers = new ArrayList<>();
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            if (ProviderClient.NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))
                    || Correlation.HEADER.equalsIgnoreCase(name)) {
                continue;
            }
            Enumeration<String> values = request.getHeaders(name);
            while (values.hasMoreElements()) {
                headers.add(new String[] {name, values.nextElement()});
            }
        }
        headers.add(new String[] {Correlation.HEADER, Correlation.currentId()});
        headers.add(new String[] {"X-Consumer-Key", token.consumerKey()});
        headers.add(new String[] {"X-Forwarded-For", request.getRemoteAddr()});
        return headers;
    }

    private static boolean wantsAsync(HttpServletRequest request) {
        String prefer = request.getHeader("Prefer");
        return prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async");
    }

    private static String dossierCode(HttpServletRequest request) {
        String code = request.getHeader("X-Dossier-Code");
        return code != null && SAFE_DOSSIER.matcher(code).matches() ? code : null;
    }

    static String outcomeOf(int status) {
        return status >= 500 ? GatewayProblem.Outcome.PROVIDER_ERROR
                : status >= 400 ? GatewayProblem.Outcome.CLIENT_ERROR : GatewayProblem.Outcome.SUCCESS;
    }
}
