package vn.tinhso.printout;

/**
 * A fee or charge (phí, lệ phí) paid for the dossier, in whole Vietnamese đồng.
 *
 * @param description what was paid ("Lệ phí đăng ký khai sinh")
 * @param amountVnd   the amount in đồng
 */
public record FeePaid(String description, long amountVnd) {

    public FeePaid {
        description = Required.text(description, "fee description");
        if (amountVnd < 0) {
            throw new IllegalArgumentException("a fee paid cannot be negative");
        }
    }
}
