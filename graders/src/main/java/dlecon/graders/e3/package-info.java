/** Grader suites of E3 (MLP and backpropagation): the lecture's XOR network, gradient checks and Marsland's test vector. */
package dlecon.graders.e3;
