/** Small dense-matrix helpers on double[][] that every implementation may use. */
package dlecon.api.linalg;
