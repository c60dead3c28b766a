package org.onewindow.satisfaction;

/** The five levels of the good/bad review (好差评); the last two are a bad review. */
public enum Rating {
    VERY_SATISFIED(5), SATISFIED(4), BASICALLY_SATISFIED(3), DISSATISFIED(2), VERY_DISSATISFIED(1);

    private final int score;

    Rating(int score) {
        this.score = score;
    }

    public int score() {
        return score;
    }

    public boolean isBad() {
        return score <= 2;
    }

    public static Rating ofScore(int score) {
        for (Rating rating : values()) {
            if (rating.score == score) {
                return rating;
            }
        }
        throw new IllegalArgumentException("No rating " + score);
    }
}
