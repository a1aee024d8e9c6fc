/**
 * Grader suites of E4 (optimizers): the course's iterate table, every update rule against the grader's own formulas
 * on Rosenbrock, behaviour on a quadratic and on Rosenbrock, and invariants of the updates.
 */
package dlecon.graders.e4;
