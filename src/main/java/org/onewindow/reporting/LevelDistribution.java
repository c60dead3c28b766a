package org.onewindow.reporting;

/**
 * Answers over the five levels of the good/bad review. The first three are a good review, the last two a
 * bad one.
 */
public record LevelDistribution(long verySatisfied, long satisfied, long basicallySatisfied, long dissatisfied,
        long veryDissatisfied) {

    public static LevelDistribution ofScores(long[] countsByScore) {
        return new LevelDistribution(countsByScore[5], countsByScore[4], countsByScore[3], countsByScore[2],
                countsByScore[1]);
    }

    public long total() {
        return verySatisfied + satisfied + basicallySatisfied + dissatisfied + veryDissatisfied;
    }

    public long good() {
        return verySatisfied + satisfied + basicallySatisfied;
    }

    public long bad() {
        return dissatisfied + veryDissatisfied;
    }

    /** Null without answers, so that an empty group never shows as 0 %. */
    public Double goodRate() {
        return total() == 0 ? null : (double) good() / total();
    }

    public Double badRate() {
        return total() == 0 ? null : (double) bad() / total();
    }

    /** Counts from very satisfied to very dissatisfied. */
    public long[] counts() {
        return new long[] { verySatisfied, satisfied, basicallySatisfied, dissatisfied, veryDissatisfied };
    }
}
