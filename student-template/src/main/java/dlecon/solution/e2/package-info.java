/** Solution of E2: Marsland's perceptron with a -1 bias input, a strict threshold and full-batch updates. */
package dlecon.solution.e2;
