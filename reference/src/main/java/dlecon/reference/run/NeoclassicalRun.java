package dlecon.reference.run;

import java.util.List;

/**
 * One trained neoclassical network.
 *
 * @param seed        seed of the training
 * @param grid        the policy and residual on the comparison grid
 * @param fixedPoint  k after iterating k' = g(k) from 0.6 k* (see {@link NeoclassicalExperiment#ITERATIONS})
 * @param lossHistory loss mean R^2 of every step (copied)
 */
public record NeoclassicalRun(int seed, List<NeoclassicalPoint> grid, double fixedPoint, double[] lossHistory) {

    public NeoclassicalRun {
        grid = List.copyOf(grid);
        lossHistory = lossHistory.clone();
    }

    @Override
    public double[] lossHistory() {
        return lossHistory.clone();
    }

    /** Mean |R| on the grid. */
    public double meanAbsResidual() {
        return Moments.meanAbs(residuals());
    }

    /** Max |R| on the grid. */
    public double maxAbsResidual() {
        return Moments.maxAbs(residuals());
    }

    /** log10 of the last step's loss. */
    public double finalLog10Loss() {
        return Moments.finalLog10(lossHistory);
    }

    private double[] residuals() {
        return grid.stream().mapToDouble(NeoclassicalPoint::residual).toArray();
    }
}
