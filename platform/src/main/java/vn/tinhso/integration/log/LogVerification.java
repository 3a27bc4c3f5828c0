package vn.tinhso.integration.log;

/**
 * Outcome of checking the message log.
 *
 * @param firstBrokenRow sequence number of the first row (or seal) that does not hold, {@code null} when intact
 * @param reason         {@code content-changed}, {@code chain-broken}, {@code row-missing} or {@code seal-invalid}
 * @param lastSealedRow  the newest row covered by a valid seal
 */
public record LogVerification(boolean intact, long rowsChecked, long sealsChecked, Long firstBrokenRow,
        String reason, Long lastSealedRow) {
}
