/**
 * The instructor reference run: the foundation demonstration, the Genz surrogate experiment and the Brock-Mirman
 * Deep Equilibrium Net, run through the API and written as CSV tables, PNG charts and a Markdown summary.
 */
package dlecon.reference.run;
