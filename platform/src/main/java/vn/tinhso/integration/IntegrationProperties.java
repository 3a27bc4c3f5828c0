package vn.tinhso.integration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the integration platform ({@code tinhso.integration.*}); docs/integration.md explains each.
 *
 * @param tokenLifetime    how long an access token is valid (the contract says a few minutes)
 * @param directoryRefresh how often each node reloads consumers, subscriptions and published services from the
 *                         database; a revocation made on another node takes effect within this time
 * @param gateway          forwarding, resilience and payload settings
 * @param queue            store-and-forward delivery
 * @param log              the message log
 * @param national         the province's credential for the national platform (NGSP/NDXP)
 */
@ConfigurationProperties("tinhso.integration")
public record IntegrationProperties(
        @DefaultValue("5m") Duration tokenLifetime,
        @DefaultValue("2s") Duration directoryRefresh,
        @DefaultValue Gateway gateway,
        @DefaultValue Queue queue,
        @DefaultValue Log log,
        @DefaultValue National national) {

    /**
     * @param connectTimeout      time to open a connection to a provider
     * @param maxConnections      pooled connections to all providers together (per route: half of it)
     * @param retries             further attempts of an idempotent call after a connection failure
     * @param retryWait           pause before such an attempt
     * @param breakerFailureRate  percentage of failed calls in the window that opens a service's circuit
     * @param breakerWindow       calls in the sliding window
     * @param breakerMinimumCalls calls before the failure rate counts
     * @param breakerOpenFor      how long an open circuit refuses calls before letting a few through
     * @param dataPlane           the gateway's own Netty port
     */
    public record Gateway(
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("1000") int maxConnections,
            @DefaultValue("2") int retries,
            @DefaultValue("50ms") Duration retryWait,
            @DefaultValue("50") float breakerFailureRate,
            @DefaultValue("20") int breakerWindow,
            @DefaultValue("10") int breakerMinimumCalls,
            @DefaultValue("10s") Duration breakerOpenFor,
            @DefaultValue DataPlane dataPlane) {
    }

    /**
     * The gateway on a port of its own, served by Netty rather than Tomcat (docs/integration.md, ADR 0020).
     *
     * @param port         where it listens; {@code -1}: off (the gateway answers on the platform's port only), {@code 0}:
     *                     any free port
     * @param address      the interface it binds
     * @param threads      event-loop threads (they only parse and write; calls run on virtual threads)
     * @param maxBodyBytes the largest request body read at all (each service's own limit applies below it)
     */
    public record DataPlane(
            @DefaultValue("-1") int port,
            @DefaultValue("0.0.0.0") String address,
            @DefaultValue("2") int threads,
            @DefaultValue("104857600") int maxBodyBytes) {
    }

    /**
     * @param deliver      run delivery workers on this node
     * @param pollInterval pause between two polls of the queue
     * @param batchSize    most messages one poll delivers
     * @param maxAttempts  attempts before a message is DEAD
     * @param backoff      wait after the first failed attempt, doubled after each further one
     * @param maxBackoff   longest wait between attempts
     * @param lease        how long a claimed message is reserved; must exceed the longest provider time-out
     */
    public record Queue(
            @DefaultValue("true") boolean deliver,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("20") int batchSize,
            @DefaultValue("10") int maxAttempts,
            @DefaultValue("2s") Duration backoff,
            @DefaultValue("10m") Duration maxBackoff,
            @DefaultValue("3m") Duration lease) {

        /** Wait before attempt {@code attempts + 1}: {@code backoff × 2^(attempts − 1)}, at most {@code maxBackoff}. */
        public Duration backoffAfter(int attempts) {
            long millis = backoff.toMillis() << Math.clamp(attempts - 1, 0, 30);
            return millis > maxBackoff.toMillis() || millis <= 0 ? maxBackoff : Duration.ofMillis(millis);
        }
    }

    /**
     * @param batchSize     most rows one write sends to the database
     * @param capacity      lines waiting to be written before callers are held back (never dropped)
     * @param maxBodyBytes  longest body kept when a service's policy logs bodies; longer ones are cut
     * @param sealInterval  how often the chain head is signed
     * @param retention     how long rows are kept; whole sealed stretches older than this are removed
     * @param sealKeyFile   PKCS#8 file of the Ed25519 sealing key; empty: a key pair generated once and kept in
     *                      the database (fine for a pilot, not for evidence in court: see ADR 0012)
     */
    public record Log(
            @DefaultValue("500") int batchSize,
            @DefaultValue("100000") int capacity,
            @DefaultValue("65536") int maxBodyBytes,
            @DefaultValue("5m") Duration sealInterval,
            @DefaultValue("365d") Duration retention,
            @DefaultValue("") String sealKeyFile) {
    }

    /**
     * @param baseUrl        the national platform's address; empty: no national services
     * @param consumerKey    the province's consumer key there
     * @param consumerSecret and its secret
     * @param tokenPath      path of its token endpoint
     */
    public record National(
            @DefaultValue("") String baseUrl,
            @DefaultValue("") String consumerKey,
            @DefaultValue("") String consumerSecret,
            @DefaultValue("/oauth2/token") String tokenPath) {

        public boolean configured() {
            return baseUrl != null && !baseUrl.isBlank();
        }
    }
}
