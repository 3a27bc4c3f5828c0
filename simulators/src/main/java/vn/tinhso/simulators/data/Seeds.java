package vn.tinhso.simulators.data;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random sources derived from the simulators' seed and a key, so a value computed on demand (a judicial record for
 * an ID, a fee for a parcel) is the same on every run and every machine.
 */
public final class Seeds {

    private Seeds() {
    }

    public static SplittableRandom forKey(long seed, String key) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return new SplittableRandom(h);
    }
}
