/** E5, dropout (Srivastava et al. 2014) in its inverted form. */
package dlecon.api.e5;
