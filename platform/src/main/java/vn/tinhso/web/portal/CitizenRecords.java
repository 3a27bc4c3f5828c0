package vn.tinhso.web.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;

/**
 * The portal's own records (V90): a citizen's profile, payments through the placeholder provider and supplement
 * uploads. Every change is audited in its transaction.
 */
@Component
public class CitizenRecords {

    static final String PLACEHOLDER_PROVIDER = "THU-NGHIEM";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    CitizenRecords(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Hồ sơ công dân: who the signed-in citizen is, as they told the portal. */
    public record Profile(String username, String idNumber, String fullName, String phone, String email,
            String address) {
    }

    /** A payment of a dossier's fees. */
    public record Payment(String dossierCode, long amountVnd, String provider, String transactionId, Instant paidAt) {
    }

    /** A file given in reply to a supplement request. */
    public record Supplement(String dossierCode, String fileId, String name, String uploadedBy, Instant uploadedAt) {
    }

    @Transactional(readOnly = true)
    public Optional<Profile> profile(String username) {
        return jdbc.sql("select * from portal_citizen where username = ?").param(username)
                .query((rs, n) -> new Profile(rs.getString("username"), rs.getString("id_number"),
                        rs.getString("full_name"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("address"))).optional();
    }

    /** Finds a profile by identification number, for the counter officer looking up an applicant. */
    @Transactional(readOnly = true)
    public Optional<Profile> byIdNumber(String idNumber) {
        return jdbc.sql("select * from portal_citizen where id_number = ? order by updated_at desc limit 1")
                .param(idNumber)
                .query((rs, n) -> new Profile(rs.getString("username"), rs.getString("id_number"),
                        rs.getString("full_name"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("address"))).optional();
    }

    @Transactional
    public void saveProfile(Profile profile) {
        Optional<Profile> before = profile(profile.username());
        if (before.isPresent() && before.get().equals(profile)) {
            return;
        }
        jdbc.sql("""
                insert into portal_citizen (username, id_number, full_name, phone, email, address, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (username) do update set id_number = excluded.id_number, full_name = excluded.full_name,
                    phone = excluded.phone, email = excluded.email, address = excluded.address,
                    updated_at = excluded.updated_at""")
                .params(profile.username(), profile.idNumber(), profile.fullName(), profile.phone(),
                        profile.email(), profile.address(), Timestamp.from(clock.instant()))
                .update();
        audit.record("portal.profile-saved", "CitizenProfile", profile.username(), before.orElse(null), profile);
    }

    @Transactional(readOnly = true)
    public Optional<Payment> payment(String dossierCode) {
        return jdbc.sql("select * from portal_payment where dossier_code = ?").param(dossierCode)
                .query((rs, n) -> new Payment(rs.getString("dossier_code"), rs.getLong("amount_vnd"),
                        rs.getString("provider"), rs.getString("transaction_id"),
                        rs.getTimestamp("paid_at").toInstant())).optional();
    }

    /** Records a payment through the placeholder provider; paying twice keeps the first payment. */
    @Transactional
    public Payment pay(String dossierCode, long amountVnd, String paidBy) {
        String transaction = "TN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                insert into portal_payment (dossier_code, amount_vnd, provider, transaction_id, paid_by, paid_at)
                values (?, ?, ?, ?, ?, ?) on conflict (dossier_code) do nothing""")
                .params(dossierCode, amountVnd, PLACEHOLDER_PROVIDER, transaction, paidBy, Timestamp.from(now))
                .update();
        if (inserted == 1) {
            audit.record("portal.payment-recorded", "Dossier", dossierCode, null,
                    Map.of("amountVnd", amountVnd, "provider", PLACEHOLDER_PROVIDER, "transactionId", transaction));
        }
        return payment(dossierCode).orElseThrow();
    }

    @Transactional
    public void addSupplement(String dossierCode, String fileId, String name, String uploadedBy) {
        jdbc.sql("""
                insert into portal_supplement (dossier_code, file_id, name, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?)""")
                .params(dossierCode, fileId, name, uploadedBy, Timestamp.from(clock.instant())).update();
        audit.record("portal.supplement-uploaded", "Dossier", dossierCode, null,
                Map.of("fileId", fileId, "name", name));
    }

    @Transactional(readOnly = true)
    public List<Supplement> supplements(String dossierCode) {
        return jdbc.sql("select * from portal_supplement where dossier_code = ? order by id").param(dossierCode)
                .query((rs, n) -> new Supplement(rs.getString("dossier_code"), rs.getString("file_id"),
                        rs.getString("name"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant())).list();
    }
}
