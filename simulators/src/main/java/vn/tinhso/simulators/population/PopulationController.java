package vn.tinhso.simulators.population;

import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.simulators.data.Citizen;
import vn.tinhso.simulators.data.PersonalIdNumber;
import vn.tinhso.simulators.data.Population;
import vn.tinhso.simulators.web.InvalidRequest;
import vn.tinhso.simulators.web.NotFound;

/** REST face of the population database. */
@RestController
@RequestMapping("/population/v1/citizens")
class PopulationController {

    /** What a caller claims about a person. */
    record VerifyRequest(String personalId, String fullName, LocalDate dateOfBirth) {
    }

    private final Population population;

    PopulationController(Population population) {
        this.population = population;
    }

    @GetMapping("/{personalId}")
    Citizen lookup(@PathVariable String personalId) {
        requireWellFormed(personalId);
        return population.find(personalId)
                .orElseThrow(() -> new NotFound("Không tìm thấy công dân có số định danh " + personalId));
    }

    @PostMapping("/verify")
    Verification verify(@RequestBody VerifyRequest request) {
        requireWellFormed(request.personalId());
        return Verification.of(request.personalId(), population.find(request.personalId()), request.fullName(),
                request.dateOfBirth());
    }

    static void requireWellFormed(String personalId) {
        if (!PersonalIdNumber.isWellFormed(personalId)) {
            throw new InvalidRequest("Số định danh cá nhân phải có 12 chữ số (personal ID must have 12 digits)");
        }
    }
}
