/**
 * Grader suites of E7 (growth models): Euler residuals of exact policies, Gauss-Hermite rules, the DEQN loss,
 * simulation and a small trained DEQN (trained with the submission's own E3/E4).
 */
package dlecon.graders.e7;
