/** The static check: compiled submission bytecode may refer only to an allowlist of APIs (ASM). */
package dlecon.grading.check;
