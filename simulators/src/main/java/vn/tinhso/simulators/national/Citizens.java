package vn.tinhso.simulators.national;

import java.time.LocalDate;
import vn.tinhso.simulators.data.Citizen;
import vn.tinhso.simulators.data.PersonalIdNumber;
import vn.tinhso.simulators.data.Population;
import vn.tinhso.simulators.web.InvalidRequest;
import vn.tinhso.simulators.web.NotFound;

/** The check every national service makes first: the person exists and is who the request says. */
final class Citizens {

    private Citizens() {
    }

    static Citizen require(Population population, String personalId, String fullName, LocalDate dateOfBirth) {
        if (!PersonalIdNumber.isWellFormed(personalId)) {
            throw new InvalidRequest("Số định danh cá nhân phải có 12 chữ số (personal ID must have 12 digits)");
        }
        Citizen citizen = population.find(personalId)
                .orElseThrow(() -> new NotFound("Không tìm thấy công dân có số định danh " + personalId));
        if (fullName != null && !fullName.trim().equalsIgnoreCase(citizen.fullName())) {
            throw new InvalidRequest("Họ tên không khớp với Cơ sở dữ liệu quốc gia về dân cư (name does not match)");
        }
        if (dateOfBirth != null && !dateOfBirth.equals(citizen.dateOfBirth())) {
            throw new InvalidRequest("Ngày sinh không khớp với Cơ sở dữ liệu quốc gia về dân cư "
                    + "(date of birth does not match)");
        }
        return citizen;
    }
}
