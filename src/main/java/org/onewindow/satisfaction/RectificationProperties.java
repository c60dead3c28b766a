package org.onewindow.satisfaction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.satisfaction.rectification.*}: the limits for handling a bad review, in working days.
 * They vary by province, hence configuration.
 *
 * @param verifyWorkingDays to contact the citizen and verify the review
 * @param rectifyWorkingDays to rectify a justified review
 */
@ConfigurationProperties("onewindow.satisfaction.rectification")
public record RectificationProperties(@DefaultValue("1") int verifyWorkingDays,
        @DefaultValue("15") int rectifyWorkingDays) {
}
