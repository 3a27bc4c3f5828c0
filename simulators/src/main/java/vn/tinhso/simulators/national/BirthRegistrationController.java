package vn.tinhso.simulators.national;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.simulators.data.Sex;
import vn.tinhso.simulators.web.InvalidRequest;
import vn.tinhso.simulators.web.NotFound;

/**
 * The electronic civil-status database (CSDL hộ tịch điện tử): registers a birth and answers with its registration
 * number in the authority's register book of the year (số đăng ký, quyển số). A repeated {@code Idempotency-Key}
 * returns the first registration instead of registering the child twice.
 */
@RestController
@RequestMapping("/civil-status/v1/births")
class BirthRegistrationController {

    /** A parent as given on the declaration. */
    record Parent(String fullName, String personalId) {
    }

    /** The birth declaration (tờ khai đăng ký khai sinh). */
    record BirthDeclaration(String childFullName, Sex childSex, LocalDate dateOfBirth, String placeOfBirth,
                            Parent father, Parent mother, String registrationAuthority) {
    }

    /** The registered birth: id for look-up, number and book as printed on the birth certificate. */
    record BirthRegistration(String id, String registrationNumber, String book, String registrationAuthority,
                             Instant registeredAt, BirthDeclaration declaration) {
    }

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Map<String, BirthRegistration> byId = new ConcurrentHashMap<>();
    private final Map<String, BirthRegistration> byIdempotencyKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

    @PostMapping
    ResponseEntity<BirthRegistration> register(@RequestBody BirthDeclaration declaration,
                                               @RequestHeader(value = "Idempotency-Key", required = false)
                                               String idempotencyKey) {
        if (idempotencyKey != null && byIdempotencyKey.containsKey(idempotencyKey)) {
            return ResponseEntity.ok(byIdempotencyKey.get(idempotencyKey));
        }
        validate(declaration);
        int year = LocalDate.now(VIETNAM).getYear();
        String authority = declaration.registrationAuthority();
        int number = counters.computeIfAbsent(authority + "|" + year, k -> new AtomicInteger()).incrementAndGet();
        BirthRegistration registration = new BirthRegistration("KS-%d-%06d".formatted(year, byId.size() + 1),
                String.valueOf(number), "01/" + year, authority, Instant.now(), declaration);
        byId.put(registration.id(), registration);
        if (idempotencyKey != null) {
            BirthRegistration first = byIdempotencyKey.putIfAbsent(idempotencyKey, registration);
            if (first != null) {
                byId.remove(registration.id());
                return ResponseEntity.ok(first);
            }
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(registration);
    }

    @GetMapping("/{id}")
    BirthRegistration find(@PathVariable String id) {
        BirthRegistration registration = byId.get(id);
        if (registration == null) {
            throw new NotFound("Không tìm thấy đăng ký khai sinh " + id);
        }
        return registration;
    }

    private static void validate(BirthDeclaration d) {
        if (d.childFullName() == null || d.childFullName().isBlank() || d.childSex() == null
                || d.dateOfBirth() == null || d.registrationAuthority() == null) {
            throw new InvalidRequest("Thiếu họ tên, giới tính, ngày sinh của trẻ hoặc cơ quan đăng ký "
                    + "(childFullName, childSex, dateOfBirth and registrationAuthority are required)");
        }
        if (d.dateOfBirth().isAfter(LocalDate.now(VIETNAM))) {
            throw new InvalidRequest("Ngày sinh không được sau ngày đăng ký (date of birth is in the future)");
        }
        if (d.father() == null && d.mother() == null) {
            throw new InvalidRequest("Phải có thông tin cha hoặc mẹ (a parent is required)");
        }
    }
}
