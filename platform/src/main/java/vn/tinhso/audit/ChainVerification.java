package vn.tinhso.audit;

/**
 * Outcome of checking the audit chain.
 *
 * @param intact         whether every row's hash matches its content and its predecessor
 * @param rowsChecked    rows read before stopping
 * @param firstBrokenRow sequence number of the first row that does not match, or {@code null} when intact
 * @param reason         why that row is broken ({@code content-changed}, {@code chain-broken}, {@code row-missing})
 */
public record ChainVerification(boolean intact, long rowsChecked, Long firstBrokenRow, String reason) {

    public static ChainVerification ok(long rows) {
        return new ChainVerification(true, rows, null, null);
    }

    public static ChainVerification broken(long rows, long sequence, String reason) {
        return new ChainVerification(false, rows, sequence, reason);
    }
}
