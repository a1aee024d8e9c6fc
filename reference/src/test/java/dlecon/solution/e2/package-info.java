/** Tests of the E2 reference: the perceptron's exact trajectories on the logic functions, seeded statistics, shapes. */
package dlecon.solution.e2;
