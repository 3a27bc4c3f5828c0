package vn.tinhso.integration.gateway;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * One call to {@code /gw/{service}/{version}/**} as it arrived, whichever server received it: Tomcat (through
 * {@link GatewayDispatch}) or the gateway's own data plane ({@link DataPlane}). The gateway's steps see only this.
 *
 * @param path    the request path, {@code /gw/...}, without the query
 * @param query   the raw query string, or {@code null}
 * @param headers name and value pairs as they came (a name may repeat)
 * @param body    reads the body, refusing more than the service accepts
 * @param locale  the language problem details are written in
 */
record GatewayCall(String method, String path, String query, List<String[]> headers, Body body,
        String remoteAddress, Locale locale) {

    /** The first value of header {@code name} (any case), or {@code null}. */
    String header(String name) {
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return header[1];
            }
        }
        return null;
    }

    String contentType() {
        return header("Content-Type");
    }

    /** The body of a call, read at most up to a limit. */
    @FunctionalInterface
    interface Body {

        /**
         * @throws GatewayProblem {@code gateway-payload-too-large} when the body is longer than {@code limit} bytes
         */
        byte[] read(int limit) throws IOException;

        /** A body already in memory (the data plane aggregates it before the call). */
        static Body of(byte[] bytes) {
            return limit -> {
                if (bytes.length > limit) {
                    throw GatewayProblem.tooLarge(limit);
                }
                return bytes;
            };
        }
    }
}
