/** Reference solution of E7: Euler residuals of growth models, Gauss-Hermite quadrature and a Deep Equilibrium Net. */
package dlecon.solution.e7;
