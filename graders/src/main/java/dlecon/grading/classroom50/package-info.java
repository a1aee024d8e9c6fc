/** Classroom 50's autograder result ({@code result.json}, schema {@code classroom50/result/v1}). */
package dlecon.grading.classroom50;
