/**
 * Grader suites of E3 (MLP and backpropagation): the lecture's XOR network, property-based gradient checks, training
 * on XOR and Marsland's test vector.
 */
package dlecon.graders.e3;
