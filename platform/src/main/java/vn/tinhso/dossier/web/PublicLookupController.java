package vn.tinhso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.RouterOperation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;

/**
 * Tra cứu hồ sơ: anyone with the code and the applicant's id number (or phone) sees the status, without login.
 *
 * <p>The province's busiest endpoint — every receipt carries its QR code — so it is a functional route, matched
 * before the hundreds of annotated mappings are scanned, answering its two outcomes itself (the status as JSON, or the
 * same problem+json 404 for a wrong pair and an unknown code) instead of going through argument resolvers, content
 * negotiation and exception resolvers. Same JSON mapper and problem catalogue as every other endpoint; the method
 * below carries the OpenAPI description.
 */
@Configuration(proxyBeanMethods = false)
@Tag(name = "Dossier lookup", description = "Tra cứu tình trạng hồ sơ không cần đăng nhập")
class PublicLookupController {

    static final String PATH = "/api/v1/public/dossiers/{code}";

    private final DossierQueries queries;
    private final JsonMapper json;
    private final ProblemResponses problems;

    PublicLookupController(DossierQueries queries, JsonMapper json, ProblemResponses problems) {
        this.queries = queries;
        this.json = json;
        this.problems = problems;
    }

    @Bean
    @RouterOperation(path = PATH, method = RequestMethod.GET, beanClass = PublicLookupController.class,
            beanMethod = "lookup")
    RouterFunction<ServerResponse> publicLookupRoute() {
        return RouterFunctions.route().GET(PATH, this::answer).build();
    }

    @Operation(summary = "Status, appointment and citizen-visible history; the same 404 when code and identity differ")
    DossierQueries.PublicStatus lookup(@PathVariable String code, @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String phone) {
        return queries.lookup(code, idNumber, phone);
    }

    private ServerResponse answer(ServerRequest request) {
        try {
            DossierQueries.PublicStatus status = lookup(request.pathVariable("code"),
                    request.param("idNumber").orElse(null), request.param("phone").orElse(null));
            return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(status));
        } catch (Problem refused) {
            return ServerResponse.status(refused.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(json.writeValueAsBytes(problems.of(refused, request.servletRequest())));
        }
    }
}
