/** Tests of the scripts teachers use to collect a class's repositories. */
package dlecon.tools.classroom;
