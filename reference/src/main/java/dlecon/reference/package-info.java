/** Instructor tools around the reference solution: the demonstration and the reference run. */
package dlecon.reference;
