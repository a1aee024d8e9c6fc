/** E3 reference: layer-based multi-layer perceptrons with backpropagation, their training loop and Marsland's network. */
package dlecon.solution.e3;
