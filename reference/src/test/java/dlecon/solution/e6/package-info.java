/** Tests of the E6 reference: Genz values, normalisation, erf, integrals against independent checks, surrogates. */
package dlecon.solution.e6;
