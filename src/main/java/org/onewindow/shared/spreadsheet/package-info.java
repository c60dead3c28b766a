/**
 * Spreadsheets a hall fills in and uploads (staff, departments, later the service catalog): reading an .xlsx or
 * UTF-8 .csv file into rows keyed by the template's columns, the problems found with their row and column as the
 * person sees them in Excel, and the blank templates with bilingual headers, an example row and notes.
 */
package org.onewindow.shared.spreadsheet;
