package dlecon.api.e7;

/**
 * A simulated path of the stochastic Brock-Mirman model under a savings-rate policy: period t has the state
 * (z[t], logK[t]) and the savings rate s[t] = s(z[t], logK[t]) chosen in it, so that
 * K[t+1] = (1 - delta) K[t] + s[t] exp(z[t]) K[t]^alpha and z[t+1] = rho z[t] + sigma eps[t+1].
 * All three arrays have the length T (copied in and out).
 *
 * @param z           log productivity z[t]
 * @param logK        log capital log K[t]
 * @param savingsRate the policy's savings rate s[t]
 */
public record SimulationPath(double[] z, double[] logK, double[] savingsRate) {

    public SimulationPath {
        if (z == null || logK == null || savingsRate == null || z.length != logK.length
                || z.length != savingsRate.length) {
            throw new IllegalArgumentException("z, logK and savingsRate must be non-null and of equal length");
        }
        z = z.clone();
        logK = logK.clone();
        savingsRate = savingsRate.clone();
    }

    /** Number of periods T. */
    public int length() {
        return z.length;
    }

    @Override
    public double[] z() {
        return z.clone();
    }

    @Override
    public double[] logK() {
        return logK.clone();
    }

    @Override
    public double[] savingsRate() {
        return savingsRate.clone();
    }
}
