package vn.tinhso.simulators.echo;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code ANY /echo/v1/**}: answers 200 with the request body and its content type (or a small JSON naming the
 * method and path when there is no body). No token: it stands for any provincial provider behind the gateway.
 */
@RestController
class EchoController {

    @RequestMapping("/echo/v1/**")
    ResponseEntity<byte[]> echo(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        if (body == null || body.length == 0) {
            String json = "{\"method\":\"" + request.getMethod() + "\",\"path\":\"" + request.getRequestURI() + "\"}";
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.getBytes());
        }
        String type = request.getContentType();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, type == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : type)
                .body(body);
    }
}
