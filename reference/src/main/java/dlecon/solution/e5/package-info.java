/** Solution of E5: inverted dropout (Srivastava et al. 2014) as a parameter-free layer. */
package dlecon.solution.e5;
