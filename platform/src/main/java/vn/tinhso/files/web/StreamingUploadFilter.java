package vn.tinhso.files.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the servlet container's multipart parser away from file uploads.
 *
 * <p>Spring's multipart resolver would have Tomcat parse the whole body — spooling it to disk under the global
 * multipart limits (1 MiB per file by default) — before the controller runs, and answer an over-limit upload with a
 * generic error. For {@code POST /api/v1/files} this filter hides the multipart content type from the resolver and
 * keeps it in a request attribute; {@link FileController} then reads the body with {@link MultipartReader} as it
 * arrives, under the module's own size limit.
 */
@Component
class StreamingUploadFilter extends OncePerRequestFilter {

    /** The request attribute holding the original multipart content type. */
    static final String MULTIPART_CONTENT_TYPE = StreamingUploadFilter.class.getName() + ".contentType";
    private static final String UPLOAD_PATH = "/api/v1/files";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + UPLOAD_PATH).equals(request.getRequestURI())
                || contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(MULTIPART_CONTENT_TYPE, request.getContentType());
        chain.doFilter(new OpaqueBody(request), response);
    }

    /** The same request, its body declared as plain bytes. */
    private static final class OpaqueBody extends HttpServletRequestWrapper {

        private static final String OPAQUE = MediaType.APPLICATION_OCTET_STREAM_VALUE;

        OpaqueBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return OPAQUE;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? OPAQUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(OPAQUE)) : super.getHeaders(name);
        }
    }
}
