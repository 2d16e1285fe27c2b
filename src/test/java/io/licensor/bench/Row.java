package io.licensor.bench;

import java.util.Locale;

/**
 * One line of the benchmark table: what was measured at which size, its lower bound (the same work done the plainest
 * way, or the budget itself where there is no such work), the ratio and the verdict.
 */
record Row(String figure, long receipts, String measured, String bound, String ratio, String budget, String verdict) {

    static String ms(double millis) {
        return millis >= 10 ? String.format(Locale.ROOT, "%,.0f ms", millis)
                : String.format(Locale.ROOT, "%.2f ms", millis);
    }

    static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }

    static String verdict(boolean pass) {
        return pass ? "PASS" : "OVER";
    }

    static Row skipped(String figure, long receipts, String why) {
        return new Row(figure, receipts, "skipped: " + why, "-", "-", "-", "-");
    }

    String markdown() {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", figure,
                receipts <= 0 ? "-" : String.format(Locale.ROOT, "%,d", receipts), measured, bound, ratio, budget,
                verdict);
    }
}
