/** Tests of the grader API: failure texts, values as text, numeric checks. */
package dlecon.grading.api;
