package org.onewindow.reporting;

/**
 * How bad reviews of cases closed in the range were handled: verified and rectified (and how many of those
 * by their due dates), appeals and their outcome, and what is still open.
 */
public record BadReviewFigures(long badReviews, long verified, long verifiedOnTime, long rectified,
        long rectifiedOnTime, long appeals, long appealsUpheld, long appealsRejected, long open) {

    public Double verifiedOnTimeRate() {
        return verified == 0 ? null : (double) verifiedOnTime / verified;
    }

    public Double rectifiedOnTimeRate() {
        return rectified == 0 ? null : (double) rectifiedOnTime / rectified;
    }
}
