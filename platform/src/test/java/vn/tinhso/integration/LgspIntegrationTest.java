package vn.tinhso.integration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.tinhso.support.Api;
import vn.tinhso.support.FreePorts;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * Base of the LGSP integration tests: one platform (one Spring context shared by every subclass) with short
 * queue and circuit-breaker timings, and the national platform simulator it is configured against.
 */
@PlatformIntegrationTest
@TestPropertySource(properties = {
        "tinhso.integration.queue.poll-interval=200ms",
        "tinhso.integration.queue.backoff=200ms",
        "tinhso.integration.queue.max-backoff=1s",
        "tinhso.integration.queue.max-attempts=3",
        "tinhso.integration.gateway.retry-wait=10ms",
        "tinhso.integration.gateway.breaker-open-for=1s",
        "tinhso.integration.log.seal-interval=1h"})
abstract class LgspIntegrationTest {

    static final NationalSimulator NATIONAL = NationalSimulator.shared();
    /** The gateway's Netty data plane of this platform (the one Spring context every subclass shares). */
    static final int DATA_PLANE_PORT = FreePorts.next();

    @LocalServerPort
    int port;

    Api api;
    Lgsp lgsp;

    @DynamicPropertySource
    static void nationalPlatform(DynamicPropertyRegistry registry) {
        registry.add("tinhso.integration.national.base-url", NATIONAL::url);
        registry.add("tinhso.integration.national.consumer-key", () -> NationalSimulator.PROVINCE_KEY);
        registry.add("tinhso.integration.national.consumer-secret", () -> NationalSimulator.PROVINCE_SECRET);
        registry.add("tinhso.integration.gateway.data-plane.port", () -> DATA_PLANE_PORT);
    }

    @BeforeEach
    void lgsp() {
        api = Api.at(port);
        lgsp = new Lgsp(api, Api.at(gatewayPort()));
    }

    /** Where consumers' calls go: the platform's own port (Tomcat), unless a subclass says otherwise. */
    int gatewayPort() {
        return port;
    }

}
