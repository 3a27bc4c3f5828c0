package vn.tinhso.printout.pdf;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.tinhso.printout.Notice;

/**
 * The lookup address a notice's QR code carries: the public lookup page with the dossier code ({@code ma}), procedure
 * code ({@code thuTuc}) and applicant identifier ({@code dinhDanh}) — the minimum content TT 01/2023/TT-VPCP asks of
 * the code, readable by any phone camera.
 */
final class LookupLinks {

    private final URI base;

    LookupLinks(URI base) {
        this.base = base;
    }

    URI of(Notice notice) {
        String query = "ma=" + encoded(notice.dossier().code())
                + "&thuTuc=" + encoded(notice.dossier().procedureCode())
                + "&dinhDanh=" + encoded(notice.applicant().identifier());
        String separator = base.getRawQuery() == null ? "?" : "&";
        return URI.create(base + separator + query);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
