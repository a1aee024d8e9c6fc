/**
 * Grader suites of E4 (optimizers), one task per optimizer plus the step and the argument checks: the course's table
 * of iterates and convergence on a quadratic and on Rosenbrock (public), every update rule against the grader's own
 * formulas on random multi-parameter problems with zero, tiny and huge gradients and edge hyperparameters, state per
 * parameter, Nesterov's exact restore and the rejected lists (hidden).
 */
package dlecon.graders.e4;
