/** Compiles one exercise of a submission against the course API with javax.tools, annotation processing off. */
package dlecon.grading.compile;
