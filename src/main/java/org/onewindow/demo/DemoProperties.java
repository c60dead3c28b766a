package org.onewindow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.demo.*}: whether to load demo data into an empty database, and the password of every
 * demo account.
 */
@ConfigurationProperties("onewindow.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("demo") String password) {
}
