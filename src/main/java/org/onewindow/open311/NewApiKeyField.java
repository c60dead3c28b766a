package org.onewindow.open311;

import org.onewindow.shared.InputField;

/** The fields of a {@link NewApiKey}, as the service's check names them. */
public enum NewApiKeyField implements InputField {
    NAME, REQUESTS_PER_MINUTE
}
