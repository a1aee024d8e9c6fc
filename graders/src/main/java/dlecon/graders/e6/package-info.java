/**
 * Grader suites of E6 (Genz functions): values, normalisation, parameter draws, closed-form integrals, the error
 * function and the surrogate experiment (trained with the submission's own E3/E4).
 */
package dlecon.graders.e6;
