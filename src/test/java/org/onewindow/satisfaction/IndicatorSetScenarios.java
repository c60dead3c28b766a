package org.onewindow.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PageRequest;
import org.onewindow.support.Fresh;
import org.onewindow.support.Journeys;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The versioned indicator sets, kept by administrators and answered by citizens, on H2 and PostgreSQL. The tests
 * work on the online channel, whose questionnaire only cases registered online ask, and leave no draft behind.
 */
abstract class IndicatorSetScenarios {

    private static final EvaluationChannel ONLINE = EvaluationChannel.ONLINE;

    @Autowired
    IndicatorSetService indicatorSets;
    @Autowired
    SatisfactionService satisfaction;
    @Autowired
    RectificationService rectifications;
    @Autowired
    CaseRegistrationService intake;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;
    @Autowired
    Journeys journeys;
    @Autowired
    SurveyFixtures fixtures;
    @Autowired
    Staff staff;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void discardLeftDrafts() {
        staff.run("admin", () -> indicatorSets.history(ONLINE).stream().filter(IndicatorSet::draft)
                .forEach(draft -> indicatorSets.discard(draft.id())));
    }

    @Test
    void aDraftIsACopyOfThePublishedVersionAndPublishingItRetiresThatOne() {
        IndicatorSet before = indicatorSets.current(ONLINE);

        IndicatorSet draft = admin(() -> indicatorSets.createDraft(ONLINE));
        assertThat(draft.version()).isEqualTo(before.version() + 1);
        assertThat(draft.state()).isEqualTo(IndicatorSetState.DRAFT);
        assertThat(draft.indicators()).isEqualTo(before.indicators());
        assertThat(draft.createdBy()).isEqualTo("admin");
        assertThat(indicatorSets.current(ONLINE)).as("a draft is not asked yet").isEqualTo(before);

        // Add one at the top, rename the first in both languages, drop the last (when there are two or more).
        List<Indicator> old = before.indicators();
        Indicator first = old.get(0);
        List<Indicator> edited = new ArrayList<>();
        edited.add(new Indicator("RESPONSE_TIME", "回复及时性", "Response time"));
        edited.add(new Indicator(first.code(), first.nameZh() + "（新）", first.nameEn() + " (new)"));
        edited.addAll(old.subList(1, Math.max(1, old.size() - 1)));
        IndicatorSet saved = admin(() -> indicatorSets.saveDraft(draft.id(),
                new IndicatorSetDraft(" Province 2027 online indicators ", edited)));
        assertThat(saved.indicators()).isEqualTo(edited);
        assertThat(saved.note()).isEqualTo("Province 2027 online indicators");

        IndicatorSet published = admin(() -> indicatorSets.publish(draft.id()));

        assertThat(published.state()).isEqualTo(IndicatorSetState.PUBLISHED);
        assertThat(published.publishedBy()).isEqualTo("admin");
        assertThat(published.publishedAt()).isNotNull();
        assertThat(indicatorSets.current(ONLINE)).isEqualTo(published);
        assertThat(indicatorSets.set(before.id()).state()).isEqualTo(IndicatorSetState.RETIRED);
        assertThat(indicatorSets.set(before.id()).indicators()).as("kept as it was").isEqualTo(before.indicators());
        assertThat(admin(() -> indicatorSets.history(ONLINE))).extracting(IndicatorSet::version)
                .startsWith(published.version(), before.version());
        assertThat(admin(() -> indicatorSets.history(ONLINE))).filteredOn(
                set -> set.state() == IndicatorSetState.PUBLISHED).singleElement().isEqualTo(published);

        // Each change is in the administrative audit log, before → after.
        String subject = "ONLINE v" + published.version();
        assertThat(jdbc.sql("select action from audit_change where area = 'INDICATORS' and subject = :s order by id")
                .param("s", subject).query(String.class).list()).containsExactly("CREATED", "CHANGED", "PUBLISHED");
        assertThat(jdbc.sql("select after_text from audit_change where area = 'INDICATORS' and subject = :s "
                + "and action = 'CHANGED'").param("s", subject).query(String.class).single())
                .contains("RESPONSE_TIME 回复及时性 / Response time", "note: Province 2027 online indicators");
        assertThat(jdbc.sql("select count(*) from audit_change where area = 'INDICATORS' and subject = :s "
                + "and action = 'RETIRED' and actor = 'admin'").param("s", "ONLINE v" + before.version())
                .query(Long.class).single()).isOne();
    }

    @Test
    void aPublishedOrRetiredVersionIsNeverChanged() {
        IndicatorSet published = indicatorSets.current(ONLINE);
        IndicatorSetDraft change = new IndicatorSetDraft(null,
                List.of(new Indicator("OTHER", "其他", "Something else")));

        assertThatThrownBy(() -> admin(() -> indicatorSets.saveDraft(published.id(), change)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Online request: version %d is Published; a published or retired version is never "
                        + "changed. Make a new version instead.", published.version());
        assertThatThrownBy(() -> admin(() -> indicatorSets.publish(published.id())))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> staff.run("admin", () -> indicatorSets.discard(published.id())))
                .isInstanceOf(BusinessRuleException.class);
        IndicatorSet retired = admin(() -> indicatorSets.history(ONLINE)).stream()
                .filter(set -> set.state() == IndicatorSetState.RETIRED).findFirst().orElseThrow();
        assertThatThrownBy(() -> admin(() -> indicatorSets.saveDraft(retired.id(), change)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("is Retired");
        assertThat(indicatorSets.set(published.id())).isEqualTo(published);

        // One draft at a time, so that only one version can be next.
        IndicatorSet draft = admin(() -> indicatorSets.createDraft(ONLINE));
        assertThatThrownBy(() -> admin(() -> indicatorSets.createDraft(ONLINE)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Online request has a draft version already: edit or discard it first.");
        staff.run("admin", () -> indicatorSets.discard(draft.id()));
        assertThat(admin(() -> indicatorSets.history(ONLINE))).noneMatch(set -> set.id() == draft.id());
        assertThat(jdbc.sql("select before_text from audit_change where area = 'INDICATORS' and subject = :s "
                + "and action = 'REMOVED'").param("s", "ONLINE v" + draft.version()).query(String.class).list())
                .isNotEmpty();
    }

    @Test
    void onlyAdministratorsKeepTheSets() {
        IndicatorSet published = indicatorSets.current(ONLINE);
        for (String user : List.of("frontdesk", "manager", "followup")) {
            assertThatThrownBy(() -> staff.as(user, () -> indicatorSets.createDraft(ONLINE)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.as(user, () -> indicatorSets.history(ONLINE)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staff.as(user, () -> indicatorSets.publish(published.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(admin(() -> indicatorSets.history(ONLINE))).noneMatch(IndicatorSet::draft);
    }

    @Test
    void aRefusedDraftNamesItsFieldsAndKeepsWhatWasSaved() {
        IndicatorSet draft = admin(() -> indicatorSets.createDraft(ONLINE));

        assertThatThrownBy(() -> admin(() -> indicatorSets.saveDraft(draft.id(), new IndicatorSetDraft(
                "x".repeat(IndicatorSetDraft.MAX_NOTE_LENGTH + 1),
                List.of(new Indicator("EFFICIENCY", "办事效率", "Efficiency"),
                        new Indicator("EFFICIENCY", "办事效率", "Efficiency"))))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errorFor(IndicatorSetField.NOTE)).isEqualTo("Keep the note within 500 characters.");
                    assertThat(e.errorFor(IndicatorSetField.INDICATORS))
                            .isEqualTo("Indicator 2: the code EFFICIENCY is used twice.");
                });
        assertThat(indicatorSets.set(draft.id()).indicators()).isEqualTo(draft.indicators());
    }

    @Test
    void ofTwoPublicationsAtOnceOneWins() throws Exception {
        IndicatorSet draft = admin(() -> indicatorSets.createDraft(ONLINE));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Object>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                    return staff.as("admin", () -> indicatorSets.publish(draft.id()));
                } catch (RuntimeException | InterruptedException refused) {
                    return refused;
                }
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (CompletableFuture<Object> attempt : attempts) {
            outcomes.add(attempt.get(30, TimeUnit.SECONDS));
        }
        assertThat(outcomes).filteredOn(IndicatorSet.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(BusinessRuleException.class::isInstance).hasSize(1);
        assertThat(admin(() -> indicatorSets.history(ONLINE)))
                .filteredOn(set -> set.state() == IndicatorSetState.PUBLISHED).singleElement()
                .extracting(IndicatorSet::id).isEqualTo(draft.id());
    }

    @Test
    void anAnswerKeepsTheSetAndVersionItAnsweredAndItsScores() {
        String caseNumber = closedOnlineCase();
        String token = fixtures.invite(caseNumber);
        SurveyInvitation invitation = satisfaction.open(token);
        IndicatorSet asked = invitation.indicators();
        assertThat(asked).as("an SMS link of a case registered online asks the online set")
                .isEqualTo(indicatorSets.current(ONLINE));

        Map<String, Integer> scores = new LinkedHashMap<>();
        asked.indicators().forEach(indicator -> scores.put(indicator.code(), 2));
        satisfaction.submit(token, SurveyAnswers.of(asked, Rating.DISSATISFIED, scores, 2, "Slow."),
                AnswerChannel.LINK);

        assertThat(jdbc.sql("select indicator_set_id from sat_response where case_number = :n")
                .param("n", caseNumber).query(Long.class).single()).isEqualTo(asked.id());
        assertThat(jdbc.sql("""
                select f.indicator_code from sat_response_score f join sat_response r on r.id = f.response_id
                where r.case_number = :n and f.score = 2""").param("n", caseNumber).query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(scores.keySet());
        CitizenReview review = staff.as("manager", () -> rectifications.reviewsOf(caseNumber)).get(0);
        assertThat(review.evaluationChannel()).isEqualTo(ONLINE);
        assertThat(review.indicatorSetVersion()).isEqualTo(asked.version());
        assertThat(review.scores()).extracting(score -> score.indicator().code())
                .containsExactlyElementsOf(asked.indicators().stream().map(Indicator::code).toList());
        assertThat(review.scoresText(java.util.Locale.CHINESE)).startsWith(asked.indicators().get(0).nameZh() + " 2");

        // The supplementary review keeps the first answers' scores beside its new overall rating.
        satisfaction.supplement(token, new SupplementaryReview(Rating.SATISFIED, "They called back."));
        assertThat(jdbc.sql("""
                select count(*) from sat_response_score f join sat_response r on r.id = f.response_id
                where r.case_number = :n and r.supplementary = true""").param("n", caseNumber).query(Long.class)
                .single()).isEqualTo(scores.size());
    }

    @Test
    void aQuestionnaireOpenedBeforeANewVersionWasPublishedKeepsItsVersion() {
        String caseNumber = closedOnlineCase();
        String token = fixtures.invite(caseNumber);
        IndicatorSet shown = satisfaction.open(token).indicators();

        IndicatorSet draft = admin(() -> indicatorSets.createDraft(ONLINE));
        admin(() -> indicatorSets.saveDraft(draft.id(), new IndicatorSetDraft(null,
                List.of(new Indicator("EFFICIENCY", "办事效率", "Processing efficiency")))));
        admin(() -> indicatorSets.publish(draft.id()));
        assertThat(satisfaction.open(token).indicators().id()).as("opened again: the new version")
                .isEqualTo(draft.id());

        satisfaction.submit(token, fixtures.answersTo(shown, Rating.SATISFIED, 1), AnswerChannel.LINK);

        assertThat(jdbc.sql("select indicator_set_id from sat_response where case_number = :n")
                .param("n", caseNumber).query(Long.class).single()).isEqualTo(shown.id());
        assertThat(jdbc.sql("""
                select count(*) from sat_response_score f join sat_response r on r.id = f.response_id
                where r.case_number = :n""").param("n", caseNumber).query(Long.class).single())
                .isEqualTo(shown.indicators().size());
    }

    @Test
    void aWrongSetAMissingScoreOrAnUnknownIndicatorIsRefusedAndNothingStored() {
        String caseNumber = closedOnlineCase();
        String token = fixtures.invite(caseNumber);
        IndicatorSet asked = satisfaction.open(token).indicators();
        String firstCode = asked.indicators().get(0).code();

        // The SMS channel's set, not the online one this link asks.
        SurveyAnswers otherChannel = fixtures.answers(EvaluationChannel.SMS, Rating.SATISFIED, 1);
        assertThatThrownBy(() -> satisfaction.submit(token, otherChannel, AnswerChannel.LINK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(Map.entry("indicatorSetId", "This questionnaire is not one of this channel's "
                                + "published versions. Open the survey again.")));

        Map<String, Integer> scores = new LinkedHashMap<>(fixtures.answersTo(asked, Rating.SATISFIED, 1).scores());
        scores.remove(firstCode);
        scores.put("NO_SUCH_THING", 4);
        assertThatThrownBy(() -> satisfaction.submit(token, SurveyAnswers.of(asked, Rating.SATISFIED, scores, 1,
                null), AnswerChannel.LINK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(Map.entry("scores." + firstCode, "Give a score from 1 to 5."),
                                Map.entry("scores", "The questionnaire has no indicator NO_SUCH_THING.")));

        assertThat(satisfaction.rating(caseNumber)).as("nothing stored, the link still works").isEmpty();
        assertThat(satisfaction.open(token).answered()).isFalse();
    }

    /** A social security card applied for online, accepted by the front desk, decided and delivered. */
    private String closedOnlineCase() {
        String caseNumber = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                Fresh.residentId(), "Lin Yu", "13700001234", "HRSS-001", List.of("Resident ID card"), null,
                Channel.ONLINE, null))).caseNumber();
        staff.run("frontdesk", () -> {
            String acceptance = inbox.departmentQueue(new InboxFilter(caseNumber, null, false), new PageRequest(0, 5))
                    .get(0).taskId();
            work.claim(acceptance);
            work.confirmAcceptance(acceptance, null);
        });
        return journeys.carryToClosed(caseNumber, "frontdesk2");
    }

    private <T> T admin(java.util.concurrent.Callable<T> action) {
        return staff.as("admin", action);
    }
}
