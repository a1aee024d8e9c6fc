/** Tests of the result model's own rules: how an exercise's outcome is named. */
package dlecon.grading.model;
