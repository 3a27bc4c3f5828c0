package vn.tinhso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.tinhso.integration.log.ExchangeLog;
import vn.tinhso.support.Api;

/**
 * The message log as evidence: every exchange is there (bodies per the service's policy), searchable by correlation
 * id and dossier code, chained and sealed with the platform's signature; a rewritten row is named by the verifier.
 */
class MessageLogIntegrationTest extends LgspIntegrationTest {

    private static final Provider ECHO = Provider.start(Provider::echo);

    @Autowired
    ExchangeLog exchangeLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    javax.sql.DataSource dataSource;

    @AfterAll
    static void stop() {
        ECHO.close();
    }

    @Test
    void everyExchangeIsLoggedAndFoundByCorrelationIdAndDossierCode() {
        String open = Lgsp.code("cong-khai");
        String secret = Lgsp.code("mat");
        lgsp.publish(Lgsp.rest(open, ECHO.url()));
        Map<String, Object> secretService = Lgsp.rest(secret, ECHO.url());
        secretService.put("classification", "SECRET");
        lgsp.publish(secretService);
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, open, secret)));

        caller.with("X-Correlation-Id", "nhat-ky-1").with("X-Dossier-Code", "000.00.51.H92-261123-0042")
                .post("/gw/" + open + "/1.0/citizens", Map.of("personalId", "092090001234"));
        caller.with("X-Correlation-Id", "nhat-ky-2").post("/gw/" + secret + "/1.0/citizens",
                Map.of("personalId", "092090009999"));
        caller.with("X-Correlation-Id", "nhat-ky-3").get("/gw/khong-co/1.0/x");
        assertThat(exchangeLog.flush(Duration.ofSeconds(10))).isTrue();

        JsonNode byDossier = api.as("kiemtra").get("/api/v1/integration/log/entries?dossierCode="
                + "000.00.51.H92-261123-0042").json();
        assertThat(byDossier).hasSize(1);
        JsonNode logged = byDossier.get(0);
        assertThat(logged.get("correlationId").asString()).isEqualTo("nhat-ky-1");
        assertThat(logged.get("serviceCode").asString()).isEqualTo(open);
        assertThat(logged.get("status").asInt()).isEqualTo(200);
        assertThat(logged.get("outcome").asString()).isEqualTo("SUCCESS");
        assertThat(logged.get("requestBody").asString()).contains("092090001234");
        assertThat(logged.get("responseBody").asString()).contains("citizens");

        JsonNode secretRow = api.as("kiemtra").get("/api/v1/integration/log/entries?correlationId=nhat-ky-2")
                .json().get(0);
        assertThat(secretRow.has("requestBody")).as("secret data never reaches the log").isFalse();
        assertThat(secretRow.get("requestBytes").asLong()).isPositive();
        JsonNode refused = api.as("kiemtra").get("/api/v1/integration/log/entries?correlationId=nhat-ky-3")
                .json().get(0);
        assertThat(refused.get("status").asInt()).isEqualTo(404);
        assertThat(refused.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(api.as("motcua").get("/api/v1/integration/log/entries?correlationId=nhat-ky-1").status())
                .isEqualTo(403);
    }

    @Test
    void theSealedLogVerifiesAndATamperedRowIsNamed() {
        String code = Lgsp.code("niem-phong");
        lgsp.publish(Lgsp.rest(code, ECHO.url()));
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));
        for (int i = 0; i < 5; i++) {
            caller.with("X-Correlation-Id", "niem-phong-" + code + "-" + i).get("/gw/" + code + "/1.0/x?i=" + i);
        }
        assertThat(exchangeLog.flush(Duration.ofSeconds(10))).isTrue();

        Api.Answer seal = api.as("quantri").post("/api/v1/integration/log/seal", Map.of());
        assertThat(seal.status()).as(seal.toString()).isEqualTo(200);
        assertThat(seal.json().get("algorithm").asString()).isEqualTo("Ed25519");
        JsonNode verified = api.as("kiemtra").get("/api/v1/integration/log/verify").json();
        assertThat(verified.get("intact").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.get("sealsChecked").asLong()).isPositive();
        assertThat(verified.get("lastSealedRow").asLong()).isEqualTo(seal.json().get("seq").asLong());

        long tampered = jdbc.sql("select seq from integration_exchange where correlation_id = ?")
                .param("niem-phong-" + code + "-2").query(Long.class).single();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("alter table integration_exchange disable trigger integration_exchange_no_update").update();
            jdbc.sql("update integration_exchange set status = 500 where seq = ?").param(tampered).update();
            jdbc.sql("alter table integration_exchange enable trigger integration_exchange_no_update").update();
        });

        JsonNode broken = api.as("kiemtra").get("/api/v1/integration/log/verify").json();
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenRow").asLong()).isEqualTo(tampered);
        assertThat(broken.get("reason").asString()).isEqualTo("content-changed");

        restore(tampered);
    }

    @Test
    void aRewrittenChainIsCaughtByTheSeal() {
        String code = Lgsp.code("niem-phong");
        lgsp.publish(Lgsp.rest(code, ECHO.url()));
        lgsp.caller(lgsp.token(lgsp.consumer(600, code))).with("X-Correlation-Id", "viet-lai-" + code)
                .get("/gw/" + code + "/1.0/x");
        assertThat(exchangeLog.flush(Duration.ofSeconds(10))).isTrue();
        JsonNode seal = api.as("quantri").post("/api/v1/integration/log/seal", Map.of()).json();
        long sealed = seal.get("seq").asLong();
        String sealedHash = seal.get("headHash").asString();

        // Whoever rewrites the sealed row and its hash consistently still cannot forge the signature.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("update integration_exchange_seal set head_hash = ? where seq = ?")
                    .params("f".repeat(64), sealed).update();
        });
        JsonNode broken = api.as("kiemtra").get("/api/v1/integration/log/verify").json();
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("firstBrokenRow").asLong()).isEqualTo(sealed);
        assertThat(broken.get("reason").asString()).isEqualTo("seal-invalid");

        jdbc.sql("update integration_exchange_seal set head_hash = ? where seq = ?").params(sealedHash, sealed)
                .update();
        assertThat(api.as("kiemtra").get("/api/v1/integration/log/verify").json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void linesAcceptedBeforeAnOrderlyStopAreAllWritten() throws Exception {
        // A second writer of the same log, stopped right after lines were handed to it, as on shutdown.
        var constructor = ExchangeLog.class.getDeclaredConstructor(IntegrationProperties.class,
                org.springframework.jdbc.core.JdbcTemplate.class, PlatformTransactionManager.class);
        constructor.setAccessible(true);
        IntegrationProperties properties = new org.springframework.boot.context.properties.bind.Binder(
                java.util.List.of()).bindOrCreate("tinhso.integration", IntegrationProperties.class);
        ExchangeLog writer = constructor.newInstance(properties,
                new org.springframework.jdbc.core.JdbcTemplate(dataSource), transactions);
        writer.start();
        String correlation = "tat-may-" + Lgsp.code("x");
        for (int i = 0; i < 2_000; i++) {
            writer.append(new vn.tinhso.integration.log.ExchangeRecord(java.time.Instant.now(), correlation, null,
                    null, null, null, "GET", "/gw/x/1.0/" + i, 200, "SUCCESS", 10, 0, 0, null, null));
        }
        writer.stop();

        assertThat(jdbc.sql("select count(*) from integration_exchange where correlation_id = ?")
                .param(correlation).query(Long.class).single()).isEqualTo(2_000);
        assertThat(api.as("kiemtra").get("/api/v1/integration/log/verify").json().get("intact").asBoolean())
                .isTrue();
    }

    private void restore(long seq) {
        // Put the row back so later tests of this shared platform see an intact log.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("alter table integration_exchange disable trigger integration_exchange_no_update").update();
            jdbc.sql("update integration_exchange set status = 200 where seq = ?").param(seq).update();
            jdbc.sql("alter table integration_exchange enable trigger integration_exchange_no_update").update();
        });
    }
}
