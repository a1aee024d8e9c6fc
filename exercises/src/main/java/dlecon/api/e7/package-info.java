/** E7, growth models solved by neural networks trained on Euler-equation residuals (Deep Equilibrium Nets). */
package dlecon.api.e7;
