package vn.tinhso.integration.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.tinhso.integration.registry.ServiceDefinition;
import vn.tinhso.integration.registry.ServiceKind;

/**
 * Turns a consumer's call into the provider's request and the provider's answer into the consumer's: as it is for
 * REST and national services, through the declared mappings for SOAP ones. Used for live and queued calls alike.
 */
@Component
public class Routes {

    private final SoapMediation soap;

    Routes(SoapMediation soap) {
        this.soap = soap;
    }

    /**
     * @param path  what follows {@code /gw/{service}/{version}}, starting with {@code /} or empty
     * @param query the raw query string, or {@code null}
     */
    public ProviderRequest request(ServiceDefinition service, String method, String path, String query,
            List<String[]> headers, byte[] body, String contentType) {
        if (service.kind() == ServiceKind.SOAP) {
            SoapMediation.Match match = soap.match(service, method, path.isEmpty() ? "/" : path)
                    .orElseThrow(() -> GatewayProblem.rejected("gateway-operation-unknown", HttpStatus.NOT_FOUND,
                            method, path, service.key()));
            return soap.request(service, match, parameters(query), body, headers);
        }
        String url = service.baseUrl() + path + (query == null || query.isEmpty() ? "" : "?" + query);
        return new ProviderRequest(method, url, headers, body, contentType);
    }

    public ProviderResponse response(ServiceDefinition service, ProviderResponse answer) {
        return service.kind() == ServiceKind.SOAP ? soap.response(service, answer) : answer;
    }

    private static Map<String, String[]> parameters(String query) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.merge(name, new String[] {value}, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + 1);
                both[a.length] = b[0];
                return both;
            });
        }
        return parameters;
    }
}
