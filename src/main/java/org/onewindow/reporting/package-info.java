/**
 * Read-only analytics for managers: the process report (volumes, cycle times, bottlenecks, workload), the
 * satisfaction report (rates, rankings, indicators per indicator set version, reliability) and the demand report (demand by item and segment,
 * arrivals by weekday and hour, repeat visits, forecast, window staffing), aggregated in SQL, drawn as SVG on the
 * server and exported as CSV and XLSX. It reads the other modules' tables with SQL, read-only: their
 * columns named in these queries are its contract with them, and the reports' tests pin it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "catalog", "casework" })
package org.onewindow.reporting;
