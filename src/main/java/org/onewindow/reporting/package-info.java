/**
 * Read-only analytics for managers: the process report (volumes, cycle times, bottlenecks, workload) and the
 * satisfaction report (rates, rankings, dimensions, reliability), aggregated in SQL, drawn as SVG on the
 * server and exported as CSV and XLSX.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "catalog" })
package org.onewindow.reporting;
