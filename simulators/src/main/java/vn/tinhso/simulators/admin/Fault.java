package vn.tinhso.simulators.admin;

/**
 * What a service does instead of answering normally: {@code DOWN} answers 503 until cleared, {@code SLOW} waits
 * {@code delayMs} and then answers, {@code FAIL_NEXT} answers 503 to the next {@code count} calls, {@code ERROR}
 * answers 500 until cleared.
 */
public record Fault(Mode mode, Long delayMs, Integer count) {

    public enum Mode { DOWN, SLOW, FAIL_NEXT, ERROR }
}
