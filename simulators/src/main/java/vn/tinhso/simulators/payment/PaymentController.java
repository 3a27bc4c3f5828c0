package vn.tinhso.simulators.payment;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.simulators.SimulatorProperties;
import vn.tinhso.simulators.SimulatorProperties.Merchant;
import vn.tinhso.simulators.web.Callbacks;
import vn.tinhso.simulators.web.Hmac;
import vn.tinhso.simulators.web.InvalidRequest;
import vn.tinhso.simulators.web.NotFound;

/**
 * The payment gateway. A merchant posts an order signed with {@code X-Signature} (hex HMAC-SHA256 of the body with
 * its secret) and sends the payer to {@code redirectUrl}; when the payer pays or cancels, the gateway posts a signed
 * callback to {@code callbackUrl} and redirects the payer to {@code returnUrl} with signed query parameters.
 */
@RestController
@RequestMapping("/payment/v1")
class PaymentController {

    record Order(String merchantId, String orderId, long amount, String orderInfo, String returnUrl,
                 String callbackUrl) {
    }

    record OrderCreated(String paymentId, String redirectUrl, String status) {
    }

    record PaymentCallback(String paymentId, String merchantId, String orderId, long amount, String status,
                           String bankCode, String bankTransactionNo, Instant paidAt) {
    }

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Map<String, Payment> payments = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final SimulatorProperties properties;
    private final Callbacks callbacks;
    private final JsonMapper json;

    PaymentController(SimulatorProperties properties, Callbacks callbacks, JsonMapper json) {
        this.properties = properties;
        this.callbacks = callbacks;
        this.json = json;
    }

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<OrderCreated> create(@RequestBody String body,
                                        @RequestHeader(value = "X-Signature", required = false) String signature) {
        Order order = json.readValue(body, Order.class);
        Merchant merchant = merchant(order.merchantId())
                .orElseThrow(() -> new InvalidRequest("Mã đơn vị chấp nhận thanh toán không đúng (unknown merchant)"));
        if (!Hmac.verify(merchant.secret(), body, signature)) {
            throw new InvalidRequest("Chữ ký không hợp lệ (invalid X-Signature)");
        }
        if (order.amount() <= 0 || order.orderId() == null || order.returnUrl() == null) {
            throw new InvalidRequest("Thiếu mã đơn hàng, số tiền hoặc returnUrl (orderId, amount, returnUrl)");
        }
        String id = "PAY%s%06d".formatted(LocalDate.now(VIETNAM).toString().replace("-", ""),
                sequence.incrementAndGet());
        payments.put(id, new Payment(id, merchant.id(), order.orderId(), order.amount(), order.orderInfo(),
                order.returnUrl(), order.callbackUrl(), "PENDING", null, null, Instant.now(), null));
        String redirect = ServletUriComponentsBuilder.fromCurrentContextPath().path("/payment/v1/pay/{id}")
                .buildAndExpand(id).toUriString();
        return ResponseEntity.status(HttpStatus.CREATED).body(new OrderCreated(id, redirect, "PENDING"));
    }

    /** The page the payer is redirected to. */
    @GetMapping(path = "/pay/{paymentId}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String paymentId) {
        Payment p = find(paymentId);
        return """
                <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thanh toán (mô phỏng)</title></head>
                <body><h1>Cổng thanh toán trực tuyến (mô phỏng)</h1>
                <p>Đơn vị: %s</p><p>Nội dung: %s</p><p>Số tiền: <strong>%s ₫</strong></p><p>Trạng thái: %s</p>
                <form method="post"><label>Ngân hàng <select name="bankCode"><option>VCB</option><option>BIDV</option>
                <option>AGRIBANK</option><option>VIETINBANK</option></select></label>
                <button name="action" value="pay">Thanh toán</button>
                <button name="action" value="cancel">Hủy giao dịch</button></form></body></html>
                """.formatted(HtmlUtils.htmlEscape(merchant(p.merchantId()).map(Merchant::name).orElse(p.merchantId()), "UTF-8"),
                HtmlUtils.htmlEscape(String.valueOf(p.orderInfo()), "UTF-8"),
                "%,d".formatted(p.amount()).replace(',', '.'), p.status());
    }

    /** The payer pays or cancels; the merchant hears it by callback and the payer returns to the merchant. */
    @PostMapping(path = "/pay/{paymentId}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> pay(@PathVariable String paymentId, @RequestParam String action,
                             @RequestParam(defaultValue = "VCB") String bankCode) {
        Payment pending = find(paymentId);
        if (!pending.status().equals("PENDING")) {
            throw new InvalidRequest("Giao dịch đã được xử lý (payment already " + pending.status() + ")");
        }
        boolean paid = action.equals("pay");
        Payment settled = pending.settle(paid, bankCode, paid ? "%s%010d".formatted(bankCode,
                Math.abs((long) paymentId.hashCode())) : null, Instant.now());
        payments.put(paymentId, settled);
        String secret = merchant(settled.merchantId()).orElseThrow().secret();
        if (settled.callbackUrl() != null) {
            callbacks.send(settled.callbackUrl(), json.writeValueAsString(new PaymentCallback(settled.paymentId(),
                    settled.merchantId(), settled.orderId(), settled.amount(), settled.status(), settled.bankCode(),
                    settled.bankTransactionNo(), settled.paidAt())), secret);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(returnUrl(settled, secret)).build();
    }

    @GetMapping("/payments/{paymentId}")
    Payment status(@PathVariable String paymentId) {
        return find(paymentId);
    }

    /**
     * The reconciliation file of one day (Vietnam time) for one merchant, signed with {@code X-Signature} over the
     * CSV bytes: every payment created that day, in order, with its final state.
     */
    @GetMapping(path = "/reconciliation", produces = "text/csv")
    ResponseEntity<String> reconciliation(@RequestParam String merchantId, @RequestParam LocalDate date) {
        Merchant merchant = merchant(merchantId)
                .orElseThrow(() -> new InvalidRequest("Mã đơn vị chấp nhận thanh toán không đúng (unknown merchant)"));
        String rows = payments.values().stream()
                .filter(p -> p.merchantId().equals(merchantId))
                .filter(p -> p.createdAt().atZone(VIETNAM).toLocalDate().equals(date))
                .sorted(Comparator.comparing(Payment::paymentId))
                .map(p -> String.join(",", p.paymentId(), p.orderId(), String.valueOf(p.amount()), p.status(),
                        nullToEmpty(p.bankCode()), nullToEmpty(p.bankTransactionNo()), p.createdAt().toString(),
                        p.paidAt() == null ? "" : p.paidAt().toString()))
                .collect(Collectors.joining("\n"));
        String csv = "paymentId,orderId,amount,status,bankCode,bankTransactionNo,createdAt,paidAt\n"
                + (rows.isEmpty() ? "" : rows + "\n");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"doi-soat-" + merchantId + "-" + date
                        + ".csv\"")
                .header("X-Signature", Hmac.sign(merchant.secret(), csv))
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv);
    }

    private URI returnUrl(Payment p, String secret) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("paymentId", p.paymentId());
        params.put("orderId", p.orderId());
        params.put("amount", String.valueOf(p.amount()));
        params.put("status", p.status());
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String separator = p.returnUrl().contains("?") ? "&" : "?";
        return URI.create(p.returnUrl() + separator + query + "&signature=" + Hmac.sign(secret, query));
    }

    private Payment find(String paymentId) {
        Payment p = payments.get(paymentId);
        if (p == null) {
            throw new NotFound("Không tìm thấy giao dịch " + paymentId);
        }
        return p;
    }

    private Optional<Merchant> merchant(String id) {
        return properties.payment().merchants().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
