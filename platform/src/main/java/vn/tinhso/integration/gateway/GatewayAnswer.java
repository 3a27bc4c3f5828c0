package vn.tinhso.integration.gateway;

import java.util.List;

/** What the gateway answers a call: status, headers to pass on, content type and body. */
record GatewayAnswer(int status, List<String[]> headers, String contentType, byte[] body) {
}
