/**
 * The instructor reference run: the foundation demonstration, the Genz surrogate experiment and the growth models
 * (Brock-Mirman, neoclassical, OLG) solved with neural networks, run through the API and written as CSV tables, PNG
 * charts and a Markdown summary.
 */
package dlecon.reference.run;
