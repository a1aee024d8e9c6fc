/** Tests of the Canvas export against the Canvas gradebook importer's rules. */
package dlecon.grading.canvas;
