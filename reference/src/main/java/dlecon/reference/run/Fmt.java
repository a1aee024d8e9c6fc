package dlecon.reference.run;

import java.util.Locale;

/** Number formats of the summary tables (locale-independent; NaN as "-" where a figure may be missing). */
final class Fmt {

    private Fmt() {
    }

    /** Two significant decimals in scientific notation, e.g. 1.59e-04. */
    static String sci(double x) {
        return String.format(Locale.ROOT, "%.2e", x);
    }

    /** Two decimals, or "-" for NaN. */
    static String fix(double x) {
        return fix(x, 2);
    }

    /** {@code digits} decimals, or "-" for NaN. */
    static String fix(double x, int digits) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%." + digits + "f", x);
    }
}
