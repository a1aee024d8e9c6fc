/** Grader suites of E4 (optimizers): the course's iterate table on a separable quadratic and invariants of the updates. */
package dlecon.graders.e4;
