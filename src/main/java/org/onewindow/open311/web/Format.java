package org.onewindow.open311.web;

import java.util.Optional;

import org.springframework.http.MediaType;

/** The two formats GeoReport v2 answers in, chosen by the resource's extension ({@code services.xml}). */
enum Format {

    XML("xml", MediaType.parseMediaType("text/xml;charset=UTF-8")),
    JSON("json", MediaType.parseMediaType("application/json;charset=UTF-8"));

    final String extension;
    final MediaType mediaType;

    Format(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static Optional<Format> of(String extension) {
        for (Format format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format of a request path, for answering errors: JSON for {@code .json}, otherwise XML, the required one. */
    static Format ofPath(String path) {
        return path != null && path.endsWith(".json") ? JSON : XML;
    }
}
