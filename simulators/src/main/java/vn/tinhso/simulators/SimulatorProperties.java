package vn.tinhso.simulators;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the simulators: the seed every generated record follows, the national platform's clients, and the
 * partners' secrets and timings.
 */
@ConfigurationProperties("simulators")
public record SimulatorProperties(@DefaultValue("2026") long seed,
                                  @DefaultValue("5000") int populationSize,
                                  Ngsp ngsp, Vnpost vnpost, Payment payment) {

    /** The national platform: token lifetime and the registered clients with the services each may call. */
    public record Ngsp(@DefaultValue("300s") Duration tokenTtl, List<Client> clients) {
    }

    public record Client(String id, String secret, List<String> services) {
    }

    /** VNPost: how long each step of a shipment takes, and the secret its status callbacks are signed with. */
    public record Vnpost(@DefaultValue("2s") Duration stepDelay,
                         @DefaultValue("vnpost-demo-secret") String callbackSecret) {
    }

    /** The payment gateway: merchants with their HMAC secrets. */
    public record Payment(List<Merchant> merchants) {
    }

    public record Merchant(String id, String secret, String name) {
    }
}
