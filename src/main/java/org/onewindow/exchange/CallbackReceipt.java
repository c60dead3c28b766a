package org.onewindow.exchange;

/**
 * The answer to the platform's callback.
 *
 * @param status {@code RECORDED}, or {@code ALREADY_RECORDED} for an evaluation id received before
 * @param responseId the stored answer's id; {@code null} when already recorded
 */
public record CallbackReceipt(String status, String evaluationId, Long responseId) {
}
