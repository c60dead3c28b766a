package org.onewindow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.notification.dispatcher.*}.
 *
 * @param pausedAtStart this node pauses sending for the whole cluster when it starts, before its first dispatch, so
 *        that an administrator can review the pending messages at {@code /admin/outbox} and release them (after a
 *        restore, messages the hall had already sent are pending again)
 */
@ConfigurationProperties("onewindow.notification.dispatcher")
public record DispatcherProperties(@DefaultValue("false") boolean pausedAtStart) {
}
