package vn.tinhso.integration.gateway;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.integration.consumer.AccessTokens;
import vn.tinhso.integration.queue.QueuedMessage;
import vn.tinhso.integration.queue.StoreAndForward;

/** {@code GET /gw/messages/{id}}: a consumer follows its own queued calls with the same bearer token. */
@RestController
class MessageStatusEndpoint {

    private final StoreAndForward queue;

    MessageStatusEndpoint(StoreAndForward queue) {
        this.queue = queue;
    }

    @GetMapping("/gw/messages/{id}")
    Map<String, Object> status(@PathVariable String id, HttpServletRequest request) {
        AccessTokens.Token token = (AccessTokens.Token) request.getAttribute(BearerTokenFilter.TOKEN);
        QueuedMessage message = queue.statusFor(token.consumerKey(), id).orElseThrow(() ->
                GatewayProblem.rejected("gateway-message-unknown", HttpStatus.NOT_FOUND, id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageId", message.messageId());
        body.put("status", "DELIVERING".equals(message.status()) ? "QUEUED" : message.status());
        body.put("attempts", message.attempts());
        body.put("responseStatus", message.responseStatus());
        body.put("deliveredAt", message.deliveredAt());
        return body;
    }
}
