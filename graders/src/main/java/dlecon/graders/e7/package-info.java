/** Grader suites of E7 (growth models): Euler residuals of exact policies, Gauss-Hermite rules and the DEQN loss. */
package dlecon.graders.e7;
