/** Data sets of the course (logic tables, Iris) and Marsland's preprocessing and splits. */
package dlecon.api.data;
