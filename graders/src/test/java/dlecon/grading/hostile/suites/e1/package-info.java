/** E1 suites with a short time budget, graded against the hostile endless-loop submission. */
package dlecon.grading.hostile.suites.e1;
