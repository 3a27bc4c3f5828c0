package vn.tinhso;

import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * Tỉnh Số — the digital-government platform of a Vietnamese province.
 *
 * <p>One deployable, one top-level package per business capability; {@code shared} holds the few value types and
 * web conventions every capability uses.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Tỉnh Số", sharedModules = "shared")
public class TinhSoApplication {

    /** Commands an operator can run instead of the server: {@code java -jar tinhso-platform.jar audit-verify}. */
    private static final Set<String> COMMANDS = Set.of("audit-verify");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(TinhSoApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("tinhso.command=" + args[0], "tinhso.demo.enabled=false")
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(TinhSoApplication.class, args);
    }
}
