package org.onewindow.directory;

/** A department of the hall, identified by its code (also the Camunda candidate group of its tasks). */
public record Department(String code, String name) {
}
