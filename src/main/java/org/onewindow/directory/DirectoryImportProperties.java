package org.onewindow.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code onewindow.directory.import.*}: the limits of one uploaded departments or staff file. A county hall has a
 * few hundred staff; the defaults leave room for a large hall's 2,000 in one file.
 */
@ConfigurationProperties("onewindow.directory.import")
public record DirectoryImportProperties(Integer maxRows, DataSize maxFileSize) {

    public DirectoryImportProperties {
        maxRows = maxRows == null ? 5000 : maxRows;
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(5) : maxFileSize;
    }
}
