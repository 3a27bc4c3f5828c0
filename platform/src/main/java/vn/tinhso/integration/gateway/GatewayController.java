package vn.tinhso.integration.gateway;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * The gateway: {@code ANY /gw/{service}/{version}/**} with a bearer token (checked by {@link TokenCheck}), whichever
 * server received the call — Tomcat through {@link GatewayDispatch}, a servlet filter rather than Spring MVC
 * (matching a request against every mapping of the platform cost more than the rest of the gateway's work), or the
 * gateway's own {@link DataPlane}.
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

    /**
     * Handles one authenticated call to {@code service} {@code version}, forwarding it with the blocking
     * {@link ProviderClient}; never throws a {@link GatewayProblem}, it becomes the answer.
     */
    GatewayAnswer call(String service, String version, GatewayCall call, AccessTokens.Token token)
            throws IOException {
        Prepared prepared = prepare(service, version, call, token);
        return prepared.answer() != null ? prepared.answer() : forward(prepared);
    }

    /** Forwards a prepared call over the blocking client and answers. */
    GatewayAnswer forward(Prepared prepared) {
        try {
            return answered(prepared, client.call(prepared.definition(), prepared.outgoing()));
        } catch (GatewayProblem problem) {
            return failed(prepared, problem);
        }
    }

    /**
     * Every step before forwarding: the service, scope, rate limit, body and schema, and queueing when asked. The
     * answer is set when the call ends here (refused or queued); otherwise {@code outgoing} is what to send.
     */
    Prepared prepare(String service, String version, GatewayCall call, AccessTokens.Token token)
            throws IOException {
        String prefix = "/gw/" + service + "/" + version;
        String path = call.path();
        String rest = path.length() > prefix.length() ? path.substring(prefix.length()) : "";
        Exchange exchange = new Exchange(Correlation.currentId(), call.method(), path)
                .consumer(token.consumerKey()).dossier(dossierCode(call));
        ServiceDefinition definition = null;
        try {
            definition = services.find(service, version).orElseThrow(() ->
                    GatewayProblem.rejected("gateway-service-unknown", HttpStatus.NOT_FOUND, service, version));
            exchange.service(definition);
            ConsumerDirectory.Limits limits = token.limitsFor(service);
            if (limits == null) {
                throw GatewayProblem.rejected("gateway-not-subscribed", HttpStatus.FORBIDDEN, service);
            }
            rateLimits.take(token.consumerKey(), service, limits);
            byte[] body = call.body().read(definition.maxRequestBytes());
            exchange.request(body, call.contentType());
            checks.validate(definition, body, call.contentType());
            if (wantsAsync(call)) {
                return new Prepared(call, exchange, definition, null,
                        queueCall(definition, token, rest, body, call, exchange));
            }
            ProviderRequest outgoing = routes.request(definition, call.method(), rest, call.query(),
                    forwardedHeaders(call, token), body, call.contentType());
            return new Prepared(call, exchange, definition, outgoing, null);
        } catch (GatewayProblem problem) {
            Prepared refused = new Prepared(call, exchange, definition, null, null);
            return new Prepared(call, exchange, definition, null, failed(refused, problem));
        }
    }

    /** The provider's answer, mapped back for SOAP services, logged. */
    GatewayAnswer answered(Prepared prepared, ProviderResponse raw) {
        try {
            ProviderResponse answer = routes.response(prepared.definition(), raw);
            journal.record(prepared.exchange().response(answer.status(), outcomeOf(answer.status()), answer.body(),
                    answer.contentType()));
            return new GatewayAnswer(answer.status(), answer.headers(), answer.contentType(), answer.body());
        } catch (GatewayProblem problem) {
            return failed(prepared, problem);
        }
    }

    /** A refusal or failure as problem+json, logged. */
    GatewayAnswer failed(Prepared prepared, GatewayProblem problem) {
        byte[] bytes = json.writeValueAsBytes(problems.of(problem, prepared.call().locale(), prepared.call().path()));
        journal.record(prepared.exchange().response(problem.status().value(), problem.outcome(), bytes,
                MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        List<String[]> headers = problem.retryAfterSeconds() > 0
                ? List.<String[]>of(new String[] {"Retry-After", Long.toString(problem.retryAfterSeconds())})
                : List.of();
        return new GatewayAnswer(problem.status().value(), headers, MediaType.APPLICATION_PROBLEM_JSON_VALUE, bytes);
    }

    /**
     * A call between its checks and its answer.
     *
     * @param definition the service, once known
     * @param outgoing   the provider's request, when the call is to be forwarded
     * @param answer     the answer, when the call ended before forwarding
     */
    record Prepared(GatewayCall call, Exchange exchange, ServiceDefinition definition, ProviderRequest outgoing,
            GatewayAnswer answer) {
    }

    private GatewayAnswer queueCall(ServiceDefinition definition, AccessTokens.Token token, String rest,
            byte[] body, GatewayCall call, Exchange exchange) {
        String query = call.query();
        QueuedMessage message = queue.enqueue(new NewMessage(token.consumerKey(), call.header("Idempotency-Key"),
                definition.code(), definition.version(), call.method(), rest + (query == null ? "" : "?" + query),
                call.contentType(), body, exchange.correlationId, exchange.dossierCode));
        byte[] bytes = json.writeValueAsBytes(java.util.Map.of("messageId", message.messageId(),
                "status", message.status()));
        journal.record(exchange.response(202, GatewayProblem.Outcome.QUEUED, bytes, "application/json"));
        return new GatewayAnswer(202, List.<String[]>of(new String[] {"Location",
                URI.create("/gw/messages/" + message.messageId()).toString()}), MediaType.APPLICATION_JSON_VALUE,
                bytes);
    }

    private static List<String[]> forwardedHeaders(GatewayCall call, AccessTokens.Token token) {
        List<String[]> headers = new ArrayList<>(call.headers().size() + 3);
        for (String[] header : call.headers()) {
            if (!ProviderClient.NOT_FORWARDED.contains(header[0].toLowerCase(Locale.ROOT))
                    && !Correlation.HEADER.equalsIgnoreCase(header[0])) {
                headers.add(header);
            }
        }
        headers.add(new String[] {Correlation.HEADER, Correlation.currentId()});
        headers.add(new String[] {"X-Consumer-Key", token.consumerKey()});
        headers.add(new String[] {"X-Forwarded-For", call.remoteAddress()});
        return headers;
    }

    /** {@code Prefer: respond-async}: the call goes to the store-and-forward queue (a database write). */
    static boolean wantsAsync(GatewayCall call) {
        String prefer = call.header("Prefer");
        return prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async");
    }

    private static String dossierCode(GatewayCall call) {
        String code = call.header("X-Dossier-Code");
        return code != null && SAFE_DOSSIER.matcher(code).matches() ? code : null;
    }

    static String outcomeOf(int status) {
        return status >= 500 ? GatewayProblem.Outcome.PROVIDER_ERROR
                : status >= 400 ? GatewayProblem.Outcome.CLIENT_ERROR : GatewayProblem.Outcome.SUCCESS;
    }
}
