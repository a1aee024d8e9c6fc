/** Instructor tools around the reference solution: the demonstration, the template generator and reference runs. */
package dlecon.reference;
