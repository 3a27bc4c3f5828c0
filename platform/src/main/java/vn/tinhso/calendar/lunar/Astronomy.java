package vn.tinhso.calendar.lunar;

/**
 * The two astronomical quantities the lunisolar calendar needs, after Jean Meeus, "Astronomical Algorithms" (1998),
 * as used by Hồ Ngọc Đức's "Âm lịch Việt Nam" algorithm. Accurate to minutes for 1900–2100, which is what matters:
 * a new moon within minutes of local midnight is the only way to get a month start wrong.
 */
final class Astronomy {

    /** Julian day of the new moon of 1900-01-01, the epoch of the lunation count {@code k}. */
    static final double EPOCH_NEW_MOON = 2415021.076998695;
    static final double SYNODIC_MONTH = 29.530588853;
    private static final double DEGREE = Math.PI / 180;

    private Astronomy() {
    }

    /** Julian day (with fraction, UT) of the k-th new moon after the one of 1900-01-01. */
    static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
                - 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly) - 0.0004 * sin(3 * moonAnomaly)
                + 0.0104 * sin(2 * latitude) - 0.0051 * sin(sunAnomaly + moonAnomaly)
                - 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * latitude + sunAnomaly)
                - 0.0004 * sin(2 * latitude - sunAnomaly) - 0.0006 * sin(2 * latitude + moonAnomaly)
                + 0.0010 * sin(2 * latitude - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
        return jd + correction - deltaT(t);
    }

    /** Difference between dynamical and universal time, in days. */
    private static double deltaT(double t) {
        double t2 = t * t;
        double t3 = t2 * t;
        if (t < -11) {
            return 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        }
        return -0.000278 + 0.000265 * t + 0.000262 * t2;
    }

    /** Apparent longitude of the sun in radians, 0..2π, at Julian day {@code jd} (UT). */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) + 0.000290 * sin(3 * meanAnomaly);
        double longitude = (meanLongitude + centre) * DEGREE;
        return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
    }

    private static double sin(double degrees) {
        return Math.sin(degrees * DEGREE);
    }
}
