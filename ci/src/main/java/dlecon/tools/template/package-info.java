/** Turns the reference's marked solution regions into the student template's stubs. */
package dlecon.tools.template;
