package dlecon.graders.e7;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dlecon.api.Exercise;
import dlecon.api.e7.GrowthModels;
import dlecon.api.e7.Neoclassical;
import dlecon.api.e7.Olg;
import dlecon.api.e7.OlgPolicy;
import dlecon.grading.api.Expect;
import dlecon.grading.api.GraderSuite;
import dlecon.grading.api.Graded;
import dlecon.grading.api.Property;
import dlecon.grading.api.TestSeed;
import dlecon.grading.api.Visibility;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Public E7 graders: the neoclassical Euler residual and the OLG Euler errors against the sheet's formulas. */
@GraderSuite(exercise = Exercise.E7, visibility = Visibility.PUBLIC)
class E7ModelsGrader {

    /**
     * An OLG error is about 30 roundings of numbers of order 1 (a sum of holdings, two powers, four expectations,
     * divisions) on 1 + e: about 3.3e-15 absolute; 1e-13 leaves a factor of 30 near e = 0.
     */
    static final double OLG_ABS = 1e-13;

    /** A neoclassical case: calibration, state k and the policy phi(k) = c0 + c1 k / (k + k*). */
    record NeoclassicalCase(Neoclassical model, double k, double c0, double c1) {
        double share(double capital) {
            return c0 + c1 * capital / (capital + model.steadyStateCapital());
        }
    }

    @Test
    @DisplayName("the neoclassical Euler residual vanishes for the exact and the steady-state policy and matches the "
            + "formula otherwise")
    @Graded(points = 2, category = "neoclassical Euler residual", task = Tasks.NEOCLASSICAL_RESIDUAL,
            hint = "c = (1 - phi(k)) k^theta, k' = (1 - delta) k + phi(k) k^theta, c' = (1 - phi(k')) k'^theta and "
                    + "R = beta (c'/c)^(-gamma) (1 - delta + theta k'^(theta-1)) - 1: mind the sign of the exponent")
    void neoclassicalResidual(GrowthModels growth, TestSeed seed) {
        Property.forAll(seed.value(), E7PublicGrader.EXAMPLES, doubles().between(0.1, 0.6).zip(
                doubles().between(0.8, 0.995), doubles().between(0.02, 3), (theta, beta, k) -> new NeoclassicalCase(
                        new Neoclassical(theta, beta, 1, 1), k, beta * theta, 0)), c -> {
                            Expect.close("R of phi = beta theta for " + c, growth.neoclassicalResidual(c.model(),
                                    c::share, c.k()), 0, 0, E7PublicGrader.EXACT_ABS);
                        });
        Property.forAll(seed.value() + 1, E7PublicGrader.EXAMPLES, doubles().between(0.2, 0.5).zip(
                doubles().between(0.9, 0.99), doubles().between(0.5, 6), doubles().between(0.02, 1),
                (theta, beta, gamma, delta) -> new Neoclassical(theta, beta, gamma, delta)), m -> {
                            double share = m.steadyStateInvestmentShare();
                            Expect.close("R of the steady-state share " + share + " at k* for " + m,
                                    growth.neoclassicalResidual(m, k -> share, m.steadyStateCapital()), 0, 0,
                                    E7PublicGrader.EXACT_ABS);
                        });
        Property.forAll(seed.value() + 2, E7PublicGrader.EXAMPLES, doubles().between(0.5, 6).zip(
                doubles().between(0.02, 1), doubles().between(0.3, 2), longs().all(), (gamma, delta, ratio, state) -> {
                    SplittableRandom r = new SplittableRandom(state);
                    Neoclassical m = new Neoclassical(r.nextDouble(0.2, 0.5), r.nextDouble(0.9, 0.99), gamma, delta);
                    return new NeoclassicalCase(m, ratio * m.steadyStateCapital(), r.nextDouble(0.05, 0.5),
                            r.nextDouble(-0.05, 0.2));
                }), c -> checkNeoclassical(growth, c));
        Neoclassical course = Neoclassical.defaults();
        for (NeoclassicalCase c : new NeoclassicalCase[] {new NeoclassicalCase(course, 1e-3, 0.2, 0.1),
                new NeoclassicalCase(course, 30, 0.3, -0.05),
                new NeoclassicalCase(new Neoclassical(0.3, 0.96, 1, 0.1), 2, 0.25, 0.1),
                new NeoclassicalCase(new Neoclassical(0.3, 0.96, 4, 1), 0.2, 0.3, 0.05)}) {
            checkNeoclassical(growth, c);
        }
    }

    private static void checkNeoclassical(GrowthModels growth, NeoclassicalCase c) {
        DoubleUnaryOperator policy = c::share;
        Expect.close("R for " + c, growth.neoclassicalResidual(c.model(), policy, c.k()),
                neoclassical(c.model(), policy, c.k()), E7PublicGrader.FORMULA_REL, E7PublicGrader.TINY);
    }

    /**
     * An OLG case: calibration, state (eta, delta, k_2..k_N) and the policy s_i = exact_i (1 + tilt tanh(c_0 (eta - 1)
     * + c_1 (delta - 0.7) + c_{i+2} log k_{i+2} / 5 + c_{N+1} log K / 5)), which depends on the whole state.
     */
    record OlgCase(Olg model, double eta, double delta, double[] capital, double tilt, double[] slopes) {
        double[] shares(double et, double de, double[] k) {
            double[] base = model.exactSavingsShares();
            if (k.length != base.length) {
                throw new IllegalStateException("the policy takes the N - 1 = " + base.length + " holdings k_2..k_N, "
                        + "it was given " + k.length);
            }
            double[] s = new double[base.length];
            double logTotal = Math.log(sum(k));
            for (int i = 0; i < s.length; i++) {
                double x = slopes[0] * (et - 1) + slopes[1] * (de - 0.7) + slopes[2 + i] * Math.log(k[i]) / 5
                        + slopes[base.length + 2] * logTotal / 5;
                s[i] = base[i] * (1 + tilt * Math.tanh(x));
            }
            return s;
        }

        @Override
        public String toString() {
            return "model " + model + ", eta " + eta + ", delta " + delta + ", k " + Arrays.toString(capital)
                    + ", s_i = exact_i (1 + " + tilt + " tanh(c_0 (eta - 1) + c_1 (delta - 0.7) + c_{i+2} log k_{i+2} "
                    + "/ 5 + c_{N+1} log K / 5)), c " + Arrays.toString(slopes);
        }
    }

    /** A random OLG case with N cohorts; tilt 0 gives the exact policy. */
    static OlgCase olgCase(int n, SplittableRandom r, boolean exact) {
        Olg m = new Olg(n, r.nextDouble(0.2, 0.4), r.nextDouble(0.5, 0.9), r.nextDouble(0.8, 1.2),
                r.nextDouble(0.8, 1.2), r.nextDouble(0.1, 0.9), r.nextDouble(0.1, 0.9));
        double[] k = new double[n - 1];
        double[] slopes = new double[n + 2];
        for (int i = 0; i < n - 1; i++) {
            k[i] = Math.exp(r.nextDouble(-5, -0.5));
        }
        for (int i = 0; i < slopes.length; i++) {
            slopes[i] = r.nextDouble(-2, 2);
        }
        double eta = r.nextBoolean() ? m.etaHigh() : r.nextDouble(0.8, 1.2);
        double delta = r.nextBoolean() ? m.deltaLow() : r.nextDouble(0, 1);
        return new OlgCase(m, eta, delta, k, exact ? 0 : r.nextDouble(0.05, 0.3), slopes);
    }

    @Test
    @DisplayName("the OLG Euler errors vanish for the exact shares and match the formula for state-dependent shares")
    @Graded(points = 2, category = "OLG Euler errors", task = Tasks.OLG_ERRORS,
            hint = "x_1 = w, x_i = r k_i at the current (eta, delta); a_i = s_i x_i is the next k'_{i+1}; for each of "
                    + "the four (eta', delta') evaluate r', x' and s' at the next state; c'_{i+1} = (1 - s'_{i+1}) "
                    + "x'_{i+1} with s'_N = 0; e_i = (beta E[r' / c'_{i+1}])^(-1) / c_i - 1")
    void olgEulerErrors(GrowthModels growth, TestSeed seed) {
        Property.forAll(seed.value(), E7PublicGrader.EXAMPLES, integers().between(2, 7).zip(longs().all(),
                (n, state) -> olgCase(n, new SplittableRandom(state), true)), c -> checkOlg(growth, c, true));
        Property.forAll(seed.value() + 1, E7PublicGrader.EXAMPLES, integers().between(2, 7).zip(longs().all(),
                (n, state) -> olgCase(n, new SplittableRandom(state), false)), c -> checkOlg(growth, c, false));
        Olg course = Olg.defaults();
        double[] slopes = {1, -1, 0.5, -0.5, 1, 2, -2, 1.5};
        checkOlg(growth, new OlgCase(course, 0.95, 0.9, new double[] {0.4, 0.18, 0.07, 0.03, 0.008}, 0, slopes), true);
        checkOlg(growth, new OlgCase(course, 1.05, 0.5, new double[] {0.4, 0.18, 0.07, 0.03, 0.008}, 0.2, slopes),
                false);
        checkOlg(growth, new OlgCase(course, 1.3, 0.2, new double[] {0.01, 0.3, 0.002, 0.1, 0.05}, -0.25, slopes),
                false);
        checkOlg(growth, new OlgCase(new Olg(2, 0.3, 0.7, 1.05, 0.95, 0.9, 0.5), 1, 0.6, new double[] {0.2}, 0.3,
                slopes), false);
    }

    private static void checkOlg(GrowthModels growth, OlgCase c, boolean exact) {
        double[] capital = c.capital().clone();
        double[] e = growth.olgEulerErrors(c.model(), c::shares, c.eta(), c.delta(), capital);
        Expect.close("capital after the call (not to be modified), " + c, capital, c.capital(), 0, 0);
        double[] expected = exact ? new double[c.model().cohorts() - 1] : olg(c.model(), c::shares, c.eta(), c.delta(),
                c.capital());
        Expect.close("errors for " + c, e, expected, exact ? 0 : E7PublicGrader.FORMULA_REL,
                exact ? E7PublicGrader.EXACT_ABS : OLG_ABS);
    }

    /** R of the sheet's neoclassical formula. */
    static double neoclassical(Neoclassical m, DoubleUnaryOperator phi, double k) {
        double out = Math.pow(k, m.theta());
        double share = phi.applyAsDouble(k);
        double kTomorrow = (1 - m.delta()) * k + share * out;
        double outTomorrow = Math.pow(kTomorrow, m.theta());
        double ratio = (1 - phi.applyAsDouble(kTomorrow)) * outTomorrow / ((1 - share) * out);
        return m.beta() * Math.pow(ratio, -m.gamma()) * (1 - m.delta() + m.theta() * outTomorrow / kTomorrow) - 1;
    }

    /** e_i = (beta E[r' / c'_{i+1}])^(-1) / c_i - 1 of the sheet, i = 1..N-1 (index i-1). */
    static double[] olg(Olg m, OlgPolicy policy, double eta, double delta, double[] capital) {
        int n = m.cohorts();
        double[] income = incomes(m, eta, delta, capital);
        double[] s = policy.savingsShares(eta, delta, capital.clone());
        double[] saved = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            saved[i] = s[i] * income[i];
        }
        double[] mean = new double[n - 1];
        for (double etaNext : new double[] {m.etaLow(), m.etaHigh()}) {
            for (double deltaNext : new double[] {m.deltaLow(), m.deltaHigh()}) {
                double[] incomeNext = incomes(m, etaNext, deltaNext, saved);
                double[] sNext = policy.savingsShares(etaNext, deltaNext, saved.clone());
                double gross = m.alpha() * etaNext * Math.pow(sum(saved), m.alpha() - 1) + 1 - deltaNext;
                for (int i = 0; i < n - 1; i++) {
                    double consumed = (1 - (i == n - 2 ? 0 : sNext[i + 1])) * incomeNext[i + 1];
                    mean[i] += gross / consumed / 4;
                }
            }
        }
        double[] errors = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            errors[i] = 1 / (m.beta() * mean[i] * (income[i] - saved[i])) - 1;
        }
        return errors;
    }

    /** x_1 = (1 - alpha) eta K^alpha and x_i = (alpha eta K^(alpha-1) + 1 - delta) k_i, K = sum k_i. */
    static double[] incomes(Olg m, double eta, double delta, double[] k) {
        double total = sum(k);
        double[] x = new double[k.length + 1];
        x[0] = (1 - m.alpha()) * eta * Math.pow(total, m.alpha());
        double gross = m.alpha() * eta * Math.pow(total, m.alpha() - 1) + 1 - delta;
        for (int i = 0; i < k.length; i++) {
            x[i + 1] = gross * k[i];
        }
        return x;
    }

    static double sum(double[] v) {
        double total = 0;
        for (double x : v) {
            total += x;
        }
        return total;
    }
}
