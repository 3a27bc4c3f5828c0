package vn.tinhso.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** The pages' static files: served from their own prefixes with caching, nothing else looked up as a file. */
@PlatformIntegrationTest
class StaticResourcesIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void ownFilesAreRecheckedHourlyAndVersionedVendorFilesCachedForAYear() {
        Api.Answer css = Api.at(port).get("/css/tinhso.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).startsWith("text/css");
        assertThat(css.header("Cache-Control")).contains("max-age=3600");

        Api.Answer htmx = Api.at(port).get("/webjars/htmx.org/2.0.4/dist/htmx.min.js");
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.header("Cache-Control")).contains("max-age=31536000");
        assertThat(Api.at(port).get("/js/tinhso.js").status()).isEqualTo(200);
    }

    @Test
    void theApiExplorerStillServesItsOwnFiles() {
        Api.Answer explorer = Api.at(port).get("/swagger-ui/index.html");
        assertThat(explorer.status()).isEqualTo(200);
        assertThat(explorer.text()).contains("swagger-ui");
    }

    @Test
    void filesOutsideThePrefixesAreNotServed() {
        assertThat(Api.at(port).get("/templates/workbench/inbox.html").status()).isEqualTo(404);
        assertThat(Api.at(port).get("/application.yml").status()).isEqualTo(404);
        assertThat(Api.at(port).get("/css/../application.yml").status()).isIn(400, 404);
    }

    @Test
    void pageLinksAreWrittenAsTheyAre() {
        String home = Api.at(port).get("/thu-tuc?q=khai%20sinh").text();
        assertThat(home).contains("href=\"/css/tinhso.css\"").contains("/webjars/htmx.org/2.0.4/dist/htmx.min.js");
    }
}
