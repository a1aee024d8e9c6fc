/** Exports the standalone student repository (stubs, API, engine, public graders, workflow) for GitHub Classroom. */
package dlecon.tools.release;
