package vn.tinhso.simulators.national;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.simulators.data.Enterprise;
import vn.tinhso.simulators.data.Enterprises;
import vn.tinhso.simulators.web.InvalidRequest;
import vn.tinhso.simulators.web.NotFound;

/** The national business registration database: an enterprise by its 10-digit enterprise code (mã số doanh nghiệp). */
@RestController
class EnterpriseController {

    private final Enterprises enterprises;

    EnterpriseController(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping("/enterprise/v1/enterprises/{code}")
    Enterprise find(@PathVariable String code) {
        if (!code.matches("\\d{10}(-\\d{3})?")) {
            throw new InvalidRequest("Mã số doanh nghiệp có 10 chữ số (enterprise code has 10 digits)");
        }
        return enterprises.find(code)
                .orElseThrow(() -> new NotFound("Không tìm thấy doanh nghiệp có mã số " + code));
    }
}
