/**
 * Grader suites of E3 (MLP and backpropagation), one task of the sheet per concern ({@code Tasks}): activations,
 * losses and initialisers against their formulas, the dense, activation and output layers, backprop against finite
 * differences, the network's contract, classification, the training loop and early stopping (observed through a
 * recording network), Marsland's network (its test vector and an independent implementation) and argument checks.
 */
package dlecon.graders.e3;
