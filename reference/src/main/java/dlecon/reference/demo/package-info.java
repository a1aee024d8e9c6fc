/** The demonstration run: perceptron on the logic tables and MLPs on XOR and Iris, printed as a table. */
package dlecon.reference.demo;
