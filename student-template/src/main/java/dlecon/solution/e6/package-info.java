/** E6 reference: the six Genz test functions, their closed-form integrals, erf, and MLP surrogates of them. */
package dlecon.solution.e6;
