/** The gradebook as a CSV file Moodle's grade import (CSV) accepts. */
package dlecon.grading.moodle;
