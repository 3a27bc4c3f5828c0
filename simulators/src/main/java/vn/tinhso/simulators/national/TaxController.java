package vn.tinhso.simulators.national;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.simulators.SimulatorProperties;
import vn.tinhso.simulators.data.Citizen;
import vn.tinhso.simulators.data.Population;
import vn.tinhso.simulators.data.Seeds;
import vn.tinhso.simulators.web.InvalidRequest;
import vn.tinhso.simulators.web.NotFound;

/**
 * Tax obligations for a land parcel (thông báo nộp tiền sử dụng đất, lệ phí trước bạ): the land office sends the
 * parcel's cadastral information (phiếu chuyển thông tin địa chính) and gets the notice back. The unit price per m²
 * comes from the seed and the commune; the land-use fee is simulated as half the land value for residential land
 * and nothing otherwise; the registration fee is 0.5% of the land value (lệ phí trước bạ nhà, đất, NĐ 10/2022/NĐ-CP).
 */
@RestController
class TaxController {

    record Parcel(String province, String commune, String mapSheetNumber, String parcelNumber, BigDecimal area,
                  String landUse) {
    }

    record NoticeRequest(String personalId, String fullName, Parcel parcel) {
    }

    record Notice(String noticeNumber, String taxpayerPersonalId, String taxpayerName, Parcel parcel,
                  long unitPricePerSquareMetre, long landValue, long landUseFee, long registrationFee, long total,
                  LocalDate dueDate, String treasuryAccount, Instant issuedAt) {
    }

    private static final BigDecimal REGISTRATION_FEE_RATE = new BigDecimal("0.005");

    private final Population population;
    private final long seed;
    private final Map<String, Notice> notices = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    TaxController(Population population, SimulatorProperties properties) {
        this.population = population;
        this.seed = properties.seed();
    }

    @PostMapping("/tax/v1/land-notices")
    @ResponseStatus(HttpStatus.CREATED)
    Notice notice(@RequestBody NoticeRequest r) {
        Citizen c = Citizens.require(population, r.personalId(), r.fullName(), null);
        Parcel p = r.parcel();
        if (p == null || p.commune() == null || p.area() == null || p.area().signum() <= 0 || p.landUse() == null) {
            throw new InvalidRequest("Thiếu thông tin thửa đất: xã, diện tích, mục đích sử dụng "
                    + "(parcel commune, area and landUse are required)");
        }
        long unitPrice = 1_500_000L + Seeds.forKey(seed, "gia-dat|" + p.commune() + "|" + p.landUse())
                .nextLong(235) * 100_000L;
        BigDecimal value = p.area().multiply(BigDecimal.valueOf(unitPrice)).setScale(0, RoundingMode.HALF_UP);
        boolean residential = p.landUse().equals("ODT") || p.landUse().equals("ONT");
        long landUseFee = residential ? value.divide(BigDecimal.TWO, 0, RoundingMode.HALF_UP).longValueExact() : 0;
        long registrationFee = value.multiply(REGISTRATION_FEE_RATE).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Notice notice = new Notice("%d/TB-CCT-%d".formatted(sequence.incrementAndGet(), today.getYear()),
                c.personalId(), c.fullName(), p, unitPrice, value.longValueExact(), landUseFee, registrationFee,
                landUseFee + registrationFee, today.plusDays(30),
                "Kho bạc Nhà nước (mô phỏng) - " + p.province(), Instant.now());
        notices.put(notice.noticeNumber(), notice);
        return notice;
    }

    @GetMapping("/tax/v1/land-notices/{number}/{suffix}")
    Notice find(@PathVariable String number, @PathVariable String suffix) {
        Notice notice = notices.get(number + "/" + suffix);
        if (notice == null) {
            throw new NotFound("Không tìm thấy thông báo " + number + "/" + suffix);
        }
        return notice;
    }
}
