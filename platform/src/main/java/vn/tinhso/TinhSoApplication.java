package vn.tinhso;

import java.util.Arrays;
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
            System.exit(runCommand(args));
        }
        SpringApplication.run(TinhSoApplication.class, args);
    }

    /** Runs {@code args[0]} as a command without the web server and returns its exit code. */
    static int runCommand(String... args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TinhSoApplication.class)
                .web(WebApplicationType.NONE)
                .run(withCommandSettings(args));
        return SpringApplication.exit(context);
    }

    /** Command-line properties outrank every profile: a command never loads demo data. */
    private static String[] withCommandSettings(String[] args) {
        String[] all = Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--tinhso.command=" + args[0];
        all[args.length + 1] = "--tinhso.demo.enabled=false";
        return all;
    }
}
