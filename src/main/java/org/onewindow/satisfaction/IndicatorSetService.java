package org.onewindow.satisfaction;

import java.util.List;

/**
 * The versioned indicator sets of the evaluation channels. Administrators keep them: a new version starts as a draft
 * copied from the published one, is edited, and is published, which retires the version before it. Published and
 * retired versions never change; every change is in the administrative audit log. The questionnaires read the
 * current version of their channel.
 */
public interface IndicatorSetService {

    /** The version a channel's questionnaire asks now. */
    IndicatorSet current(EvaluationChannel channel);

    /** One version, whatever its state. */
    IndicatorSet set(long id);

    /** Administrators: every version of the channel, newest first. */
    List<IndicatorSet> history(EvaluationChannel channel);

    /**
     * Administrators: a new draft version, a copy of the channel's published version.
     *
     * @throws org.onewindow.shared.BusinessRuleException when the channel has a draft already
     */
    IndicatorSet createDraft(EvaluationChannel channel);

    /**
     * Administrators: changes a draft's indicators and note.
     *
     * @throws org.onewindow.shared.InvalidInputException naming every refused field
     * @throws org.onewindow.shared.BusinessRuleException when the version is published or retired
     */
    IndicatorSet saveDraft(long id, IndicatorSetDraft draft);

    /**
     * Administrators: the draft becomes the channel's published version, and the version published so far is retired
     * (answers given on it keep it). Of two publications at once, one wins.
     *
     * @throws org.onewindow.shared.BusinessRuleException when the version is not a draft (any more)
     */
    IndicatorSet publish(long id);

    /**
     * Administrators: deletes a draft.
     *
     * @throws org.onewindow.shared.BusinessRuleException when the version is published or retired
     */
    void discard(long id);
}
