/**
 * Solution of E1: 1-D gradient descent with fixed and decaying steps, and batch, stochastic and mini-batch
 * gradient descent for linear regression.
 */
package dlecon.solution.e1;
