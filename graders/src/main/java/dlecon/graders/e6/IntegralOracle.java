package dlecon.graders.e6;

import dlecon.api.e6.GenzFamily;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleUnaryOperator;

/**
 * The grader's own integrals of the six Genz functions over [0,1]^d, independent of the closed forms the students
 * write: every family but f3 is a product of one-dimensional integrals (f1 the real part of a product of complex
 * ones, e^{i 2 pi w_1} prod_k int_0^1 e^{i c_k t} dt), each by composite Gauss-Legendre with the kink at w_k on a
 * panel end; f3 by inclusion-exclusion in 60-digit decimal arithmetic, where its cancellation costs nothing.
 */
final class IntegralOracle {

    /**
     * Panels per piece of [0, w_k] and [w_k, 1]: width h &lt;= 1/64, so c h &lt;= 0.32 even for f5's c = 20.4, and the
     * 5-point rule's error (c h)^10 / 10^6 or so is far below rounding; 640 rounded terms give about 1e-15.
     */
    private static final int PANELS = 64;
    private static final MathContext DIGITS = new MathContext(60);

    private IntegralOracle() {
    }

    /** int_{[0,1]^d} f_j(x) dx for parameters c (each &gt;= 0) and w. */
    static double integral(GenzFamily family, double[] c, double[] w) {
        int d = c.length;
        switch (family) {
            case OSCILLATORY: {
                double re = Math.cos(2 * Math.PI * w[0]);
                double im = Math.sin(2 * Math.PI * w[0]);
                for (int k = 0; k < d; k++) {
                    double ck = c[k];
                    double a = integrate(t -> Math.cos(ck * t), 0, 1, 0.5);
                    double b = integrate(t -> Math.sin(ck * t), 0, 1, 0.5);
                    double r = re * a - im * b;
                    im = re * b + im * a;
                    re = r;
                }
                return re;
            }
            case CORNER_PEAK:
                return cornerPeak(c);
            default: {
                double f = 1;
                for (int k = 0; k < d; k++) {
                    f *= factor(family, c[k], w[k], k);
                }
                return f;
            }
        }
    }

    /** The k-th one-dimensional factor of the product families f2, f4, f5 and f6. */
    private static double factor(GenzFamily family, double c, double w, int k) {
        switch (family) {
            case PRODUCT_PEAK:
                return integrate(t -> c * c / (1 + c * c * (t - w) * (t - w)), 0, 1, w);
            case GAUSSIAN:
                return integrate(t -> Math.exp(-c * c * (t - w) * (t - w)), 0, 1, w);
            case CONTINUOUS:
                return integrate(t -> Math.exp(-c * Math.abs(t - w)), 0, 1, w);
            case DISCONTINUOUS: {
                double upper = k < 2 ? w : 1;
                return upper == 0 ? 0 : integrate(t -> Math.exp(c * t), 0, upper, upper / 2);
            }
            default:
                throw new IllegalArgumentException(family + " is not a product family");
        }
    }

    /** int_a^b f with a breakpoint (a panel end) at {@code at}. */
    private static double integrate(DoubleUnaryOperator f, double a, double b, double at) {
        double[] cut = at > a && at < b ? new double[] {at} : new double[0];
        double[][] r = Quadrature.rule(a, b, cut, PANELS);
        double sum = 0;
        for (int i = 0; i < r[0].length; i++) {
            sum += r[1][i] * f.applyAsDouble(r[0][i]);
        }
        return sum;
    }

    /**
     * f3: with the m coordinates where c_k &gt; 0 (the others leave f unchanged), integrating one coordinate at a time
     * gives I = sum_{v in {0,1}^m} (-1)^{|v|} (1 + v.c)^{-(d+1-m)} / (d (d-1) ... (d-m+1) prod_{c_k &gt; 0} c_k),
     * the course's formula when m = d. Evaluated with 60 significant digits (the c_k rounded to 60 digits, 1e-60
     * relative): the 2^m terms of order 1 cancel to a sum of order d! prod c_k I, at worst about 1e-36 of them in
     * the cases graded (three c_k = 1e-12), so 24 digits remain. When all positive c_k are equal, the terms with |v| = j are equal and
     * the sum has m + 1 binomially weighted terms.
     */
    static double cornerPeak(double[] c) {
        int d = c.length;
        BigDecimal[] pos = new BigDecimal[d];
        int m = 0;
        boolean equal = true;
        BigDecimal scale = BigDecimal.ONE;
        for (int k = 0; k < d; k++) {
            if (c[k] > 0) {
                pos[m] = new BigDecimal(c[k], DIGITS);
                equal &= pos[m].compareTo(pos[0]) == 0;
                scale = scale.multiply(pos[m]).multiply(BigDecimal.valueOf(d - m));
                m++;
            }
        }
        int q = d + 1 - m;
        BigDecimal sum = BigDecimal.ZERO;
        if (equal && m > 0) {
            BigDecimal binomial = BigDecimal.ONE;
            for (int j = 0; j <= m; j++) {
                BigDecimal t = BigDecimal.ONE.add(pos[0].multiply(BigDecimal.valueOf(j)));
                BigDecimal term = binomial.divide(t.pow(q, DIGITS), DIGITS);
                sum = j % 2 == 0 ? sum.add(term) : sum.subtract(term);
                binomial = binomial.multiply(BigDecimal.valueOf(m - j)).divide(BigDecimal.valueOf(j + 1));
            }
        } else {
            // the subsets in Gray-code order: each step adds or removes one c_k
            BigDecimal t = BigDecimal.ONE;
            int gray = 0;
            for (int v = 0; v < (1 << m); v++) {
                if (v > 0) {
                    int k = Integer.numberOfTrailingZeros(v);
                    gray ^= 1 << k;
                    t = (gray & (1 << k)) != 0 ? t.add(pos[k]) : t.subtract(pos[k]);
                }
                BigDecimal term = BigDecimal.ONE.divide(t.pow(q, DIGITS), DIGITS);
                sum = Integer.bitCount(gray) % 2 == 0 ? sum.add(term) : sum.subtract(term);
            }
        }
        return sum.divide(scale, DIGITS).doubleValue();
    }
}
