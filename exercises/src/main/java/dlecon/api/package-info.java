/** The course API: the one contract that the reference, the student template and the graders compile against. */
package dlecon.api;
