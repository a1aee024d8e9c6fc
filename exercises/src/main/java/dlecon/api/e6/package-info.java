/** E6, the Genz test functions on [0,1]^d, their integrals, and neural-network surrogates of them. */
package dlecon.api.e6;
