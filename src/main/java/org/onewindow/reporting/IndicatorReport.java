package org.onewindow.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * The questionnaire's indicators, compared like with like: one block per indicator set version (a channel's set,
 * e.g. the window's version 1) that answers of the report's period and filters answered. Within a block: each
 * indicator's mean score with its 95% confidence interval, its importance (correlation with the overall rating) and
 * its quadrant of the importance–performance analysis, and the reliability of the version's indicators as a scale
 * (Cronbach's alpha). An indicator code that appears in several versions is never pooled across them; where a
 * channel's set changed within the period, {@code changes} says when.
 *
 * @param answers        answers that count, over all blocks
 * @param versions       the blocks, by channel (window, SMS link, online, phone, province) and version
 * @param changes        the changes of a channel's set between two versions that both have answers in the period
 * @param minimumAnswers the complete answers a version needs for the importance–performance analysis and alpha
 */
public record IndicatorReport(long answers, List<SetVersion> versions, List<SetChange> changes, int minimumAnswers) {

    public IndicatorReport {
        versions = List.copyOf(versions);
        changes = List.copyOf(changes);
    }

    /**
     * One indicator set version's block.
     *
     * @param channel         the set's evaluation channel: WINDOW, SMS, ONLINE, PHONE or PROVINCE
     * @param publishedOn     the hall's date it was published; null if it never was
     * @param answers         answers that answered this version
     * @param completeAnswers answers that scored every indicator of the version: the analysis's and alpha's n
     * @param tooFew          true when {@code completeAnswers} is below the report's minimum: no quadrants, no alpha
     * @param meanImportance  the analysis's cross-hair on the importance axis; null without an analysis
     * @param meanPerformance the analysis's cross-hair on the performance axis; null without an analysis
     * @param alpha           Cronbach's alpha of the version's indicators; null when too few answers, fewer than two
     *                        indicators or no variance
     */
    public record SetVersion(long setId, String channel, int version, LocalDate publishedOn, long answers,
            long completeAnswers, boolean tooFew, List<Indicator> indicators, Double meanImportance,
            Double meanPerformance, Double alpha) {

        public SetVersion {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * An indicator's figures within its version.
     *
     * @param scored         answers of the version that scored it (the mean's n)
     * @param low            the 95% confidence interval of the mean (Student's t); null below two scores
     * @param importance     the correlation of its score with the overall rating over the complete answers; null
     *                       when too few answers or no variance
     * @param quadrant       the IPA quadrant ({@code ImportancePerformance.Quadrant} name); null when not placed
     * @param alphaIfDeleted Cronbach's alpha of the version without this indicator; null when not computed
     */
    public record Indicator(String code, String nameZh, String nameEn, long scored, Double mean, Double low,
            Double high, Double importance, String quadrant, Double alphaIfDeleted) {

        /** The indicator's name in the reader's language: Chinese for any Chinese, English otherwise. */
        public String name(Locale locale) {
            return Translations.CHINESE.equals(Translations.supported(locale)) || nameEn == null ? nameZh : nameEn;
        }
    }

    /** A channel's set changed on {@code on}: version {@code before} was answered until then, {@code after} since. */
    public record SetChange(String channel, int before, int after, LocalDate on) {
    }
}
