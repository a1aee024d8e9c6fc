/** Tests of the E1 reference: the notebook's numbers, closed-form least squares, and seeded statistics of SGD. */
package dlecon.solution.e1;
