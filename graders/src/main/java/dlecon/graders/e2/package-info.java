/** Grader suites of E2 (Marsland's perceptron): exact trajectories, logic functions and the update rule. */
package dlecon.graders.e2;
