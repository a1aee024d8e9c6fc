/** E3, multi-layer perceptrons with backpropagation: layers, activations, output functions, losses, initialisers, training and Marsland's two-layer network. */
package dlecon.api.e3;
