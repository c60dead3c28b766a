package org.onewindow.exchange;

import java.time.LocalDate;

/**
 * The records of one day (the hall's date when they were written) by state.
 *
 * @param lastAnswer the platform's last answer to one of them; {@code null} when none was sent yet
 */
public record ExchangeDay(LocalDate day, long sent, long pending, long failed, String lastAnswer) {
}
