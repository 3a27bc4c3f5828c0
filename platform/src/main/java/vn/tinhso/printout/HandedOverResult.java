package vn.tinhso.printout;

/**
 * One result paper handed over (kết quả giải quyết).
 *
 * @param name   what it is ("Giấy khai sinh (bản chính)")
 * @param number its number and symbol if it has one ("125/GKS"); may be absent
 * @param copies how many copies are handed over
 */
public record HandedOverResult(String name, String number, int copies) {

    public HandedOverResult {
        name = Required.text(name, "result name");
        number = Required.optional(number);
        if (copies < 1) {
            throw new IllegalArgumentException("at least one copy of a result is handed over");
        }
    }
}
