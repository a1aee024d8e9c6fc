/** The immutable result model of a grading run, from which every report writer formats its file. */
package dlecon.grading.model;
