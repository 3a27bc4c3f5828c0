package vn.tinhso.integration.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The registered services in {@code integration_service}. */
@Repository
public class Services {

    private static final TypeReference<List<SoapMapping>> MAPPINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Services(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<ServiceDefinition> find(String code, String version) {
        return jdbc.sql("select * from integration_service where code = ? and version = ?")
                .params(code, version).query(this::definition).optional();
    }

    /** Services whose code, name or description contains {@code text} (accents ignored), by code and version. */
    public List<ServiceDefinition> search(String text, ServiceStatus status, String ownerAgency) {
        return jdbc.sql("""
                select * from integration_service
                 where (cast(:text as text) is null
                        or unaccent(lower(code || ' ' || name || ' ' || coalesce(description, '')))
                           like '%' || unaccent(lower(:text)) || '%')
                   and (cast(:status as text) is null or status = :status)
                   and (cast(:agency as text) is null or owner_agency = :agency)
                 order by code, version""")
                .param("text", text == null || text.isBlank() ? null : text.strip())
                .param("status", status == null ? null : status.name())
                .param("agency", ownerAgency)
                .query(this::definition).list();
    }

    public List<ServiceDefinition> callable() {
        return jdbc.sql("select * from integration_service where status in ('PUBLISHED', 'DEPRECATED')")
                .query(this::definition).list();
    }

    void insert(ServiceDefinition s) {
        jdbc.sql("""
                insert into integration_service (code, version, name, description, kind, owner_agency, base_url,
                    contract_document, classification, body_logging, status, timeout_ms, max_request_bytes,
                    latency_target_ms, request_schema, soap_mappings)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.code(), s.version(), s.name(), s.description(), s.kind().name(), s.ownerAgency(),
                        s.baseUrl(), s.contractDocument(), s.classification().name(), s.bodyLogging().name(),
                        s.status().name(), s.timeoutMs(), s.maxRequestBytes(), s.latencyTargetMs(), s.requestSchema(),
                        mappings(s.soapMappings()))
                .update();
    }

    void update(ServiceDefinition s) {
        jdbc.sql("""
                update integration_service set name = ?, description = ?, kind = ?, owner_agency = ?, base_url = ?,
                    contract_document = ?, classification = ?, body_logging = ?, timeout_ms = ?,
                    max_request_bytes = ?, latency_target_ms = ?, request_schema = ?, soap_mappings = ?,
                    updated_at = now()
                 where code = ? and version = ?""")
                .params(s.name(), s.description(), s.kind().name(), s.ownerAgency(), s.baseUrl(),
                        s.contractDocument(), s.classification().name(), s.bodyLogging().name(), s.timeoutMs(),
                        s.maxRequestBytes(), s.latencyTargetMs(), s.requestSchema(), mappings(s.soapMappings()),
                        s.code(), s.version())
                .update();
    }

    void setPending(String code, String version, PendingTransition pending) {
        jdbc.sql("""
                update integration_service set pending_status = ?, pending_requested_by = ?, pending_reason = ?,
                    updated_at = now()
                 where code = ? and version = ?""")
                .params(pending == null ? null : pending.target().name(),
                        pending == null ? null : pending.requestedBy(), pending == null ? null : pending.reason(),
                        code, version)
                .update();
    }

    void setStatus(String code, String version, ServiceStatus status) {
        jdbc.sql("""
                update integration_service set status = ?, pending_status = null, pending_requested_by = null,
                    pending_reason = null, updated_at = now()
                 where code = ? and version = ?""")
                .params(status.name(), code, version).update();
    }

    private String mappings(List<SoapMapping> mappings) {
        return mappings == null || mappings.isEmpty() ? null : json.writeValueAsString(mappings);
    }

    private ServiceDefinition definition(ResultSet rs, int row) throws SQLException {
        String mappingText = rs.getString("soap_mappings");
        List<SoapMapping> mappings = mappingText == null ? List.of() : json.readValue(mappingText, MAPPINGS);
        String pendingStatus = rs.getString("pending_status");
        PendingTransition pending = pendingStatus == null ? null : new PendingTransition(
                ServiceStatus.valueOf(pendingStatus), rs.getString("pending_requested_by"),
                rs.getString("pending_reason"));
        return new ServiceDefinition(rs.getString("code"), rs.getString("version"), rs.getString("name"),
                rs.getString("description"), ServiceKind.valueOf(rs.getString("kind")), rs.getString("owner_agency"),
                rs.getString("base_url"), rs.getString("contract_document"),
                DataClassification.valueOf(rs.getString("classification")),
                BodyLogging.valueOf(rs.getString("body_logging")), ServiceStatus.valueOf(rs.getString("status")),
                rs.getInt("timeout_ms"), rs.getInt("max_request_bytes"), rs.getInt("latency_target_ms"),
                rs.getString("request_schema"), mappings, pending, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
