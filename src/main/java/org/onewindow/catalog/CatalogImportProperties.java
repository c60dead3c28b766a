package org.onewindow.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code onewindow.catalog.import.*}: the limits of one catalog workbook uploaded at {@code /admin/catalog/import}. A
 * county's catalog is some 2,000 items with some 10 materials each, about 20,000 material rows and 600 KB; the
 * defaults leave room for a city's catalog in one workbook while refusing a file that would only tie up the server.
 *
 * @param maxRows the most data rows one sheet (items or materials) may hold
 * @param maxFileSize the largest workbook read
 */
@ConfigurationProperties("onewindow.catalog.import")
public record CatalogImportProperties(Integer maxRows, DataSize maxFileSize) {

    public CatalogImportProperties {
        maxRows = maxRows == null ? 50_000 : maxRows;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
    }
}
