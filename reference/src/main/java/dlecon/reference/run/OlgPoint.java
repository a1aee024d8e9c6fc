package dlecon.reference.run;

/**
 * The trained OLG policy for one age in one period of the simulated path.
 *
 * @param period      period t of the path
 * @param eta         productivity in t
 * @param delta       depreciation in t
 * @param age         age i, 1 .. N-1
 * @param holding     k_i held at the start of t (0 for age 1)
 * @param learned     the network's savings share s_i
 * @param exact       the exact share beta (1 - beta^(N-i)) / (1 - beta^(N-i+1))
 * @param log10Error  log10 |e_i| of the relative Euler error
 */
public record OlgPoint(int period, double eta, double delta, int age, double holding, double learned, double exact,
                       double log10Error) {
}
