/** Tests of the sandbox's parts: the graders' random names, the staged class path. */
package dlecon.grading.sandbox;
