package vn.tinhso.workflow.engine;

import java.time.Clock;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process engine on the platform's one DataSource and transaction manager (Flowable's auto-configuration picks
 * both up), so a task completion, the dossier's change and the audit row commit together. Settings live here rather
 * than in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class FlowableConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> tinhsoProcessEngine(Clock clock) {
        return engine -> {
            // Task due dates and timers on the platform's clock, the one the dossier deadlines use.
            engine.setClock(new EngineClock(clock));
            // Flowable creates and upgrades its own ACT_* tables; Flyway owns ours (docs/adr/0007).
            engine.setDatabaseSchemaUpdate(AbstractEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            // Processes are generated from the catalogue or uploaded, never scanned from the classpath.
            engine.setDeploymentResources(new org.springframework.core.io.Resource[0]);
            // The diagram is drawn from the BPMN DI by a viewer later; no PNG rendering at deploy time.
            engine.setCreateDiagramOnDeploy(false);
            // Users and groups come from the platform's identity and organisation modules, not Flowable's IDM.
            engine.setDisableIdmEngine(true);
            // One plain INSERT per row: MyBatis re-parses a multi-row INSERT's dynamic SQL on every flush, which was
            // the largest share of an intake's CPU (docs/benchmarks.md); PostgreSQL gains little from multi-row
            // inserts of two or three rows.
            engine.setBulkInsertEnabled(false);
            // Only process instances in the engine's history (which process a dossier followed, and whether it
            // ended): the audit log records every completion, return and escalation with its actor and reason, and
            // a running process's passed steps are its runtime activity instances (ADR 0024, ADR 0025).
            engine.setHistoryLevel(HistoryLevel.INSTANCE);
        };
    }
}
