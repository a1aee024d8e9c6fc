/** Grader suites of E6 (Genz functions): values, normalisation, closed-form integrals and the error function. */
package dlecon.graders.e6;
