package vn.tinhso.web.support;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where the pages' own files are served from: {@code /css}, {@code /js}, and the third-party {@code /vendor} and
 * {@code /webjars} files whose paths carry their version. Only these prefixes, not Spring Boot's catch-all
 * {@code /**} ({@code spring.web.resources.add-mappings: false}): with the catch-all, every link a page writes
 * (fifty dossier links in an inbox) was looked up as a possible static file in the jar before being written, which
 * was most of the inbox's server time.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** Our own files change with a release; a browser re-checks them within the hour. */
    private static final CacheControl OWN = CacheControl.maxAge(Duration.ofHours(1));
    /** A vendor file's path names its version, so its content never changes. */
    private static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry, "/css/**", "classpath:/static/css/", OWN);
        serve(registry, "/js/**", "classpath:/static/js/", OWN);
        serve(registry, "/vendor/**", "classpath:/static/vendor/", VERSIONED);
        serve(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/", VERSIONED);
    }

    private static void serve(ResourceHandlerRegistry registry, String pattern, String location, CacheControl cache) {
        // The chain caches what it resolved, so a file is found in the jar once, not on every request.
        registry.addResourceHandler(pattern).addResourceLocations(location).setCacheControl(cache).resourceChain(true);
    }
}
