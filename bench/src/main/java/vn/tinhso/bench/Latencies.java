package vn.tinhso.bench;

import java.util.Arrays;

/** Recorded latencies in microseconds and their percentiles. */
final class Latencies {

    private long[] micros = new long[1024];
    private int count;

    void record(long nanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = nanos / 1000;
    }

    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.clamp(index, 0, count - 1)] / 1000.0;
    }

    /** Adds another run's latencies to these. */
    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            record(other.micros[i] * 1000);
        }
    }

    int count() {
        return count;
    }
}
