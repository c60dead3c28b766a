package org.onewindow.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How citizens reach OneWindow from outside ({@code onewindow.public-base-url}), and the addresses of the public
 * pages that several modules print or text: one setting for the receipt, the messages and the survey links, so
 * that they cannot point at different hosts.
 *
 * @param publicBaseUrl scheme, host and context path citizens use, without a trailing slash
 */
@ConfigurationProperties("onewindow")
public record PublicSite(@DefaultValue("http://localhost:8080") String publicBaseUrl) {

    /**
     * Route of the citizen's progress lookup. Here rather than beside its view, because the receipt and the
     * messages that link to it belong to modules that may not depend on the one that shows it.
     */
    public static final String PROGRESS_ROUTE = "progress";

    /**
     * Route of the public results (公示) of the good/bad reviews, linked from the progress lookup, which belongs to a
     * module that may not depend on the reports.
     */
    public static final String RESULTS_ROUTE = "results";

    /** Query parameter that fills in the case number on the progress lookup. */
    public static final String CASE_PARAMETER = "case";

    public PublicSite {
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /**
     * The progress lookup with the case number filled in. Never with the lookup code: a link that travels by SMS
     * must not be enough to read the case; the code is only on the paper receipt.
     */
    public String progressUrl(String caseNumber) {
        return publicBaseUrl + "/" + PROGRESS_ROUTE + "?" + CASE_PARAMETER + "="
                + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8);
    }
}
