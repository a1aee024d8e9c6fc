package dlecon.graders.e7;

/** The tasks of the E7 sheet, written "number title": each grader test names the one whose points it carries. */
final class Tasks {

    /** BrockMirmanResiduals.deterministic: errREE of a savings-rate policy. */
    static final String DETERMINISTIC_RESIDUAL = "1 deterministic residual";
    /** GaussHermiteRule.create: nodes and weights of the n-node rule for N(0, 1). */
    static final String GAUSS_HERMITE = "2 Gauss-Hermite rule";
    /** BrockMirmanResiduals.stochastic: r with the expectation by a quadrature rule. */
    static final String STOCHASTIC_RESIDUAL = "3 stochastic residual";
    /** NeoclassicalResidual.residual: R of an investment-share policy. */
    static final String NEOCLASSICAL_RESIDUAL = "4 neoclassical residual";
    /** OlgEulerErrors.errors: the relative Euler errors of ages 1..N-1. */
    static final String OLG_ERRORS = "5 OLG Euler errors";
    /** BrockMirmanSimulation.simulate: a path of (z, log K, s). */
    static final String SIMULATION = "6 simulation";
    /** DeqnLoss: mean errREE^2 and its gradient. */
    static final String DETERMINISTIC_LOSS = "7 deterministic loss";
    /** StochasticDeqnLoss: mean r^2 and its gradient. */
    static final String STOCHASTIC_LOSS = "8 stochastic loss";
    /** NeoclassicalLoss: mean R^2 and its gradient. */
    static final String NEOCLASSICAL_LOSS = "9 neoclassical loss";
    /** OlgLoss: mean e^2 and its gradient. */
    static final String OLG_LOSS = "10 OLG loss";
    /** DeterministicDeqn.solve: the training loop. */
    static final String DETERMINISTIC_SOLVER = "11 deterministic solver";
    /** StochasticDeqn.solve: the training loop with two Adam phases. */
    static final String STOCHASTIC_SOLVER = "12 stochastic solver";
    /** NeoclassicalSolver.solve: the training loop. */
    static final String NEOCLASSICAL_SOLVER = "13 neoclassical solver";
    /** OlgDeqn.solve: training on simulated chains. */
    static final String OLG_SOLVER = "14 OLG solver";
    /** The IllegalArgumentExceptions and NaN results the API documents. */
    static final String ARGUMENTS = "15 argument checks";

    private Tasks() {
    }
}
