/** E2, the perceptron of Marsland's chapter 3: bias input -1, strict threshold, full-batch updates. */
package dlecon.api.e2;
