package vn.tinhso.shared.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns an operator who runs the platform as {@code java -jar tinhso-platform.jar} with virtual threads on: Spring
 * Boot's nested-jar class loader serialises class and resource loading on one monitor, and virtual threads loading
 * classes side by side can deadlock it when there are few cores (spring-boot#51463; a benchmark on two cores hung
 * this way). The extracted layout runs on the JDK's own class loader (docs/operations.md, ADR 0023).
 */
@Component
class NestedJarLaunch {

    private static final Logger log = LoggerFactory.getLogger(NestedJarLaunch.class);
    private static final String NESTED_JAR_LOADERS = "org.springframework.boot.loader.";

    private final boolean virtualThreads;

    NestedJarLaunch(@Value("${spring.threads.virtual.enabled:false}") boolean virtualThreads) {
        this.virtualThreads = virtualThreads;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        if (risky(virtualThreads, NestedJarLaunch.class.getClassLoader())) {
            log.warn("Running from the packed jar with virtual threads: under load on few cores class loading can "
                    + "deadlock (spring-boot#51463). Run the extracted layout instead: java -Djarmode=tools -jar "
                    + "tinhso-platform.jar extract --destination app && java -jar app/tinhso-platform.jar "
                    + "(docs/operations.md)");
        }
    }

    static boolean risky(boolean virtualThreads, ClassLoader loader) {
        return virtualThreads && loader != null && loader.getClass().getName().startsWith(NESTED_JAR_LOADERS);
    }
}
