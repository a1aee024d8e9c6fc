/** Grader suites of E5 (inverted dropout): inference identity, scaling, mask statistics and the backward mask. */
package dlecon.graders.e5;
