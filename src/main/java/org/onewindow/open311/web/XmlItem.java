package org.onewindow.open311.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The element name of each entry of a list in the XML form, e.g. {@code attribute} inside {@code <attributes>}.
 * The JSON form of the same list is an array (the specification's Spark convention), so it needs no name.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
@interface XmlItem {

    String value();
}
