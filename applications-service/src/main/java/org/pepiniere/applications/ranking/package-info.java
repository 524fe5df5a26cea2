/**
 * Staff rank the applications of a call: the jurors' weighted raw mean beside a score calibrated for each juror's
 * severity, with its uncertainty and a flag where jurors disagree, exported as CSV and XLSX.
 */
@NullMarked
package org.pepiniere.applications.ranking;

import org.jspecify.annotations.NullMarked;
