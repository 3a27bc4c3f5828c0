package vn.tinhso.identity.oidc;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.web.IdentityProperties;

/**
 * Where the platform is: the public URL people's browsers use, and the URL the platform calls itself on (token and
 * key endpoints of the embedded provider). Both known only once the web server listens, hence asked late.
 */
@Component
public class PlatformUrls {

    private final Environment environment;
    private final IdentityProperties properties;

    PlatformUrls(Environment environment, IdentityProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    public String internal() {
        return "http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080"));
    }

    public String publicUrl() {
        return properties.publicUrl() != null ? properties.publicUrl() : internal();
    }
}
