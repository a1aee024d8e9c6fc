/** The forked, limited test JVM: its command line, the bwrap wrapper, the watchdog and the private channel's reader. */
package dlecon.grading.sandbox;
