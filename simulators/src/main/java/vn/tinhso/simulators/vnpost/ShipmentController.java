package vn.tinhso.simulators.vnpost;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.simulators.SimulatorProperties;
import vn.tinhso.simulators.web.Callbacks;
import vn.tinhso.simulators.web.InvalidRequest;
import vn.tinhso.simulators.web.NotFound;

/**
 * Books shipments and walks each through pickup, transit and delivery, one step every {@code step-delay}, posting
 * every status to {@code callbackUrl}. {@code "outcome": "RETURNED"} in the booking makes delivery fail.
 */
@RestController
@RequestMapping("/vnpost/v1/shipments")
class ShipmentController {

    record Party(String name, String phone, String address) {
    }

    record Booking(String orderRef, Party sender, Party receiver, Long codAmount, String callbackUrl,
                   ShipmentStatus outcome) {
    }

    record Event(int sequence, ShipmentStatus status, String statusText, Instant at, String location) {
    }

    record Shipment(String itemCode, String orderRef, Party receiver, ShipmentStatus status, List<Event> events) {
    }

    /** What the callback says: which item, which step. */
    record StatusCallback(String itemCode, String orderRef, int sequence, ShipmentStatus status, String statusText,
                          Instant at, String location) {
    }

    private final Map<String, Shipment> shipments = new ConcurrentHashMap<>();
    private final AtomicInteger serial = new AtomicInteger(10_000_000);
    private final Callbacks callbacks;
    private final SimulatorProperties.Vnpost settings;
    private final JsonMapper json;

    ShipmentController(Callbacks callbacks, SimulatorProperties properties, JsonMapper json) {
        this.callbacks = callbacks;
        this.settings = properties.vnpost();
        this.json = json;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Shipment book(@RequestBody Booking booking) {
        if (booking.receiver() == null || booking.receiver().address() == null || booking.orderRef() == null) {
            throw new InvalidRequest("Thiếu mã đơn hàng hoặc địa chỉ người nhận (orderRef and receiver are required)");
        }
        String itemCode = S10.itemCode("EB", serial.incrementAndGet());
        Shipment shipment = new Shipment(itemCode, booking.orderRef(), booking.receiver(), ShipmentStatus.CREATED,
                List.of(new Event(0, ShipmentStatus.CREATED, ShipmentStatus.CREATED.vietnamese(), Instant.now(),
                        "Bưu cục giao dịch")));
        shipments.put(itemCode, shipment);
        List<ShipmentStatus> steps = List.of(ShipmentStatus.PICKED_UP, ShipmentStatus.IN_TRANSIT,
                ShipmentStatus.OUT_FOR_DELIVERY,
                booking.outcome() == ShipmentStatus.RETURNED ? ShipmentStatus.RETURNED : ShipmentStatus.DELIVERED);
        for (int i = 0; i < steps.size(); i++) {
            ShipmentStatus step = steps.get(i);
            callbacks.schedule(() -> advance(itemCode, step, booking.callbackUrl()),
                    settings.stepDelay().multipliedBy(i + 1L));
        }
        return shipment;
    }

    @GetMapping("/{itemCode}")
    Shipment track(@PathVariable String itemCode) {
        Shipment shipment = shipments.get(itemCode);
        if (shipment == null) {
            throw new NotFound("Không tìm thấy bưu gửi " + itemCode);
        }
        return shipment;
    }

    private void advance(String itemCode, ShipmentStatus status, String callbackUrl) {
        Shipment updated = shipments.computeIfPresent(itemCode, (k, s) -> {
            List<Event> events = new ArrayList<>(s.events());
            events.add(new Event(events.size(), status, status.vietnamese(), Instant.now(), location(status, s)));
            return new Shipment(k, s.orderRef(), s.receiver(), status, List.copyOf(events));
        });
        if (updated != null && callbackUrl != null) {
            Event e = updated.events().getLast();
            String body = json.writeValueAsString(new StatusCallback(itemCode, updated.orderRef(), e.sequence(),
                    e.status(), e.statusText(), e.at(), e.location()));
            callbacks.send(callbackUrl, body, settings.callbackSecret());
        }
    }

    private static String location(ShipmentStatus status, Shipment s) {
        return switch (status) {
            case PICKED_UP -> "Bưu cục giao dịch";
            case IN_TRANSIT -> "Trung tâm khai thác vận chuyển";
            default -> s.receiver().address();
        };
    }
}
