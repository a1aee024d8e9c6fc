/** E1, gradient descent: 1-D descent with fixed and decaying steps, and linear regression by batch, stochastic and mini-batch descent. */
package dlecon.api.e1;
