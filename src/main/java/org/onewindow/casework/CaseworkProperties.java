package org.onewindow.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.casework.*}.
 *
 * @param materialsWaitWorkingDays how long a case waits for missing materials before it is withdrawn
 */
@ConfigurationProperties("onewindow.casework")
public record CaseworkProperties(@DefaultValue("30") int materialsWaitWorkingDays) {
}
