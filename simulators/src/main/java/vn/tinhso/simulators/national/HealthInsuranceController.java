package vn.tinhso.simulators.national;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.simulators.SimulatorProperties;
import vn.tinhso.simulators.data.Citizen;
import vn.tinhso.simulators.data.Population;
import vn.tinhso.simulators.data.Seeds;

/**
 * Health-insurance cards (thẻ bảo hiểm y tế) from the social-insurance database. A card number has 15 characters:
 * 2 letters for the beneficiary group (TE children under 6, GD households), a benefit-level digit, 2 digits for the
 * province and the 10-digit social-insurance number. A child's card runs to the day before the 6th birthday.
 */
@RestController
class HealthInsuranceController {

    record CardRequest(String personalId, String fullName, LocalDate dateOfBirth, String provinceCode) {
    }

    record Card(String cardNumber, String socialInsuranceNumber, String personalId, String fullName,
                LocalDate dateOfBirth, String beneficiaryGroup, LocalDate validFrom, LocalDate validTo,
                String primaryCareFacility) {
    }

    private final Population population;
    private final long seed;

    HealthInsuranceController(Population population, SimulatorProperties properties) {
        this.population = population;
        this.seed = properties.seed();
    }

    @PostMapping("/health-insurance/v1/cards")
    @ResponseStatus(HttpStatus.CREATED)
    Card issue(@RequestBody CardRequest r) {
        Citizen c = Citizens.require(population, r.personalId(), r.fullName(), r.dateOfBirth());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        boolean child = c.dateOfBirth().plusYears(6).isAfter(today);
        String province = r.provinceCode() == null ? c.personalId().substring(1, 3) : r.provinceCode();
        SplittableRandom random = Seeds.forKey(seed, "bhyt|" + c.personalId());
        String socialInsurance = province + "%08d".formatted(random.nextInt(100_000_000));
        String group = child ? "TE" : "GD";
        return new Card(group + (child ? "1" : "4") + province + socialInsurance, socialInsurance, c.personalId(),
                c.fullName(), c.dateOfBirth(), child ? "Trẻ em dưới 6 tuổi" : "Hộ gia đình", today,
                child ? c.dateOfBirth().plusYears(6).minusDays(1) : today.plusYears(1).minusDays(1),
                "Trạm Y tế " + c.permanentResidence().commune());
    }
}
