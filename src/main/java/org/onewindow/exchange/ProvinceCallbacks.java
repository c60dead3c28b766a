package org.onewindow.exchange;

/** The provincial platform's callback with evaluations given on its app for this hall's cases. */
public interface ProvinceCallbacks {

    /** Header with the request's time in seconds since the epoch, UTC. */
    String TIMESTAMP_HEADER = "X-OW-Timestamp";
    /** Header with the hex HMAC-SHA256 of {@code timestamp + "\n" + body} under the callback secret. */
    String SIGNATURE_HEADER = "X-OW-Signature";

    /**
     * Authenticates the request and stores its evaluation once (by the platform's evaluation id) through
     * {@code satisfaction}, channel PROVINCE.
     *
     * @throws CallbackRefusedException for a missing or wrong signature, or a timestamp older (or newer) than the
     *     allowed age
     * @throws org.onewindow.shared.InvalidInputException for a body that is not an evaluation, or bad ratings
     * @throws org.onewindow.shared.NotFoundException for a case unknown here
     * @throws org.onewindow.shared.BusinessRuleException for a case not closed, or an evaluation after the period
     */
    CallbackReceipt receive(String timestamp, String signature, byte[] body);
}
