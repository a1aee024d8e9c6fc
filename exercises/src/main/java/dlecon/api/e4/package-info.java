/** E4, optimizers on the parameter abstraction: SGD, momentum, Nesterov, AdaGrad, RMSProp, Adam and annealing. */
package dlecon.api.e4;
