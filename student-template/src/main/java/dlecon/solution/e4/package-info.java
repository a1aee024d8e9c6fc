/** E4 reference: the course's first-order optimizers (SGD, momentum, Nesterov, AdaGrad, RMSProp, Adam, annealing). */
package dlecon.solution.e4;
