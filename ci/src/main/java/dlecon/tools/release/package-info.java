/** Exports the standalone student repository (stubs, API, engine, public graders, workflow), a template repository. */
package dlecon.tools.release;
