/** Test support shared by the reference's tests: NaN-aware closeness checks and finite differences. */
package dlecon.testing;
