package org.onewindow.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.reporting.*}.
 *
 * @param minimumSample answers a department, item or staff member needs before it is ranked
 */
@ConfigurationProperties("onewindow.reporting")
public record ReportingProperties(@DefaultValue("20") int minimumSample) {
}
