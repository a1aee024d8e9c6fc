/**
 * Solution of E7: Euler residuals of growth models, Gauss-Hermite quadrature, and Deep Equilibrium Nets
 * for the deterministic and stochastic Brock-Mirman, the neoclassical and the OLG model.
 */
package dlecon.solution.e7;
