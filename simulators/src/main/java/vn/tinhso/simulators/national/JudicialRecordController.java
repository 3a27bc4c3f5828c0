package vn.tinhso.simulators.national;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.simulators.SimulatorProperties;
import vn.tinhso.simulators.data.Citizen;
import vn.tinhso.simulators.data.Population;
import vn.tinhso.simulators.data.Seeds;
import vn.tinhso.simulators.web.InvalidRequest;

/**
 * Judicial record certificates (phiếu lý lịch tư pháp, Law on Judicial Records 2009): type 1 shows only unexpunged
 * convictions, type 2 (for the person themself or proceedings) the whole history. About one person in thirty has a
 * conviction, chosen from the seed and the ID so the answer is stable.
 */
@RestController
class JudicialRecordController {

    record CertificateRequest(String personalId, String fullName, LocalDate dateOfBirth, int type, String purpose) {
    }

    record Conviction(String judgment, String court, String offence, String sentence, boolean expunged) {
    }

    record Certificate(String certificateNumber, int type, String personalId, String fullName,
                       String criminalRecord, List<Conviction> convictions, String prohibitedPositions,
                       Instant issuedAt) {
    }

    private final Population population;
    private final long seed;
    private final AtomicInteger sequence = new AtomicInteger();

    JudicialRecordController(Population population, SimulatorProperties properties) {
        this.population = population;
        this.seed = properties.seed();
    }

    @PostMapping("/judicial-records/v1/certificates")
    @ResponseStatus(HttpStatus.CREATED)
    Certificate issue(@RequestBody CertificateRequest r) {
        if (r.type() != 1 && r.type() != 2) {
            throw new InvalidRequest("Loại phiếu lý lịch tư pháp là 1 hoặc 2 (type must be 1 or 2)");
        }
        Citizen c = Citizens.require(population, r.personalId(), r.fullName(), r.dateOfBirth());
        List<Conviction> history = history(c);
        List<Conviction> shown = r.type() == 1 ? history.stream().filter(v -> !v.expunged()).toList() : history;
        return new Certificate("%d/LLTP-%d".formatted(sequence.incrementAndGet(), LocalDate.now().getYear()),
                r.type(), c.personalId(), c.fullName(),
                shown.isEmpty() ? "Không có án tích" : "Có án tích", shown,
                "Không bị cấm đảm nhiệm chức vụ, thành lập, quản lý doanh nghiệp, hợp tác xã", Instant.now());
    }

    private List<Conviction> history(Citizen c) {
        SplittableRandom random = Seeds.forKey(seed, "lltp|" + c.personalId());
        if (random.nextInt(30) != 0 || c.dateOfBirth().plusYears(18).isAfter(LocalDate.now())) {
            return List.of();
        }
        int year = Math.max(c.dateOfBirth().getYear() + 19, 2000) + random.nextInt(10);
        boolean expunged = random.nextBoolean();
        return List.of(new Conviction("Bản án số %d/%d/HS-ST".formatted(10 + random.nextInt(190), year),
                "Tòa án nhân dân khu vực 1 - Cần Thơ", random.nextBoolean() ? "Trộm cắp tài sản (Điều 173 BLHS)"
                : "Vi phạm quy định về tham gia giao thông đường bộ (Điều 260 BLHS)",
                (6 + random.nextInt(30)) + " tháng tù", expunged));
    }
}
