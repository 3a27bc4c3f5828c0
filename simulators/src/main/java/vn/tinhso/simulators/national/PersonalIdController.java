package vn.tinhso.simulators.national;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.simulators.SimulatorProperties;
import vn.tinhso.simulators.data.Address;
import vn.tinhso.simulators.data.Citizen;
import vn.tinhso.simulators.data.PersonalIdNumber;
import vn.tinhso.simulators.data.Place;
import vn.tinhso.simulators.data.Population;
import vn.tinhso.simulators.data.ReferenceData;
import vn.tinhso.simulators.data.Seeds;
import vn.tinhso.simulators.data.Sex;
import vn.tinhso.simulators.web.InvalidRequest;

/**
 * Issues a personal ID number for a newly registered birth (cấp số định danh cá nhân) and adds the child to the
 * population database, so the number can be looked up right away. The random part is derived from the seed and the
 * birth registration, so the same request gets the same number on every run.
 */
@RestController
class PersonalIdController {

    /** The registered birth a number is asked for. */
    record IssueRequest(String fullName, Sex sex, LocalDate dateOfBirth, String birthProvinceCode,
                        String birthRegistrationId, String fatherName, String motherName, Address residence) {
    }

    record IssuedNumber(String personalId, String fullName, LocalDate dateOfBirth, Instant issuedAt) {
    }

    private final Population population;
    private final ReferenceData data;
    private final long seed;

    PersonalIdController(Population population, ReferenceData data, SimulatorProperties properties) {
        this.population = population;
        this.data = data;
        this.seed = properties.seed();
    }

    @PostMapping("/personal-id/v1/numbers")
    @ResponseStatus(HttpStatus.CREATED)
    synchronized IssuedNumber issue(@RequestBody IssueRequest r) {
        if (r.fullName() == null || r.sex() == null || r.dateOfBirth() == null || r.birthRegistrationId() == null) {
            throw new InvalidRequest("Thiếu họ tên, giới tính, ngày sinh hoặc số đăng ký khai sinh "
                    + "(fullName, sex, dateOfBirth and birthRegistrationId are required)");
        }
        Place place = data.place(r.birthProvinceCode());
        if (place == null) {
            throw new InvalidRequest("Mã tỉnh nơi đăng ký khai sinh không hợp lệ: " + r.birthProvinceCode());
        }
        SplittableRandom random = Seeds.forKey(seed, r.birthRegistrationId() + "|" + r.fullName() + "|"
                + r.dateOfBirth());
        String id;
        do {
            id = PersonalIdNumber.of(place.code(), r.sex(), r.dateOfBirth().getYear(), random.nextInt(1_000_000))
                    .value();
        } while (population.find(id).filter(c -> !c.fullName().equals(r.fullName())).isPresent());
        population.add(new Citizen(id, r.fullName(), r.dateOfBirth(), r.sex(), "Kinh", "Việt Nam",
                place.birthProvince(), place.birthProvince(),
                r.residence() == null ? data.address(random, place) : r.residence(), r.fatherName(), r.motherName()));
        return new IssuedNumber(id, r.fullName(), r.dateOfBirth(), Instant.now());
    }
}
