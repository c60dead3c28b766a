package org.onewindow.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.CaseFile;
import org.onewindow.casework.CaseFileService;
import org.onewindow.casework.RoutedBy;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.StepRecord;
import org.onewindow.intake.Attachment;
import org.onewindow.intake.Channel;
import org.onewindow.intake.CaseDetails;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.CaseSection;
import org.springframework.beans.factory.ObjectProvider;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;

/** The case page in Chinese and in English: labels, statuses, step names, recorded texts and dates. */
class CaseViewTest {

    private final CaseFileService caseFiles = mock(CaseFileService.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<CaseSection> sections = mock(ObjectProvider.class);
    private CaseView view;

    @BeforeEach
    void setUp() {
        // The page links to the notice and to the steps' screens.
        MockVaadin.setup(new Routes().autoDiscoverViews("org.onewindow.casework.ui"));
        ResultNoticeStub.register();
        when(sections.orderedStream()).thenReturn(Stream.empty());
        when(caseFiles.caseFile(CaseFixtures.CASE)).thenReturn(new CaseFile(CaseFixtures.inReview(),
                CaseFixtures.opinions(), List.of(CaseFixtures.review("amr.worker")), CaseFixtures.notices(),
                CaseFixtures.events(),
                List.of(new Attachment(3, CaseFixtures.CASE, CaseFixtures.CASE + "-scan-3.pdf", "<b>id-card</b>.pdf",
                        "application/pdf", 2_048_000, "frontdesk", CaseFixtures.ACCEPTED)),
                List.of(new StepRecord(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW, "Acceptance review", "frontdesk",
                        CaseFixtures.ACCEPTED, Instant.parse("2026-11-28T02:30:00Z")),
                        new StepRecord(ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT,
                                "Review by lead department",
                                "amr.worker", Instant.parse("2026-11-28T03:00:00Z"), null)),
                true, false, new RoutedBy("caseRouting:3:routed", 3, CaseFixtures.ACCEPTED)));
        when(caseFiles.processDiagram(CaseFixtures.CASE)).thenReturn(Optional.empty());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void open(Locale language, String caseNumber) {
        UI.getCurrent().setLocale(language);
        view = new CaseView(caseFiles, CaseFixtures.directory(), CaseFixtures.dates(), sections);
        UI.getCurrent().add(view);
        view.setParameter(null, caseNumber);
        view.beforeEnter(mock(BeforeEnterEvent.class));
    }

    @Test
    void theCaseInChinese() {
        open(Translations.CHINESE, CaseFixtures.CASE);

        assertThat(view.getPageTitle()).isEqualTo("办件详情 | 一窗通办");
        assertThat(_find(view, H1.class)).as("one level-one heading").singleElement()
                .satisfies(title -> assertThat(title.getText()).isEqualTo("办件详情 · OW-20261128-00042"));
        assertThat(_get(view, Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("审查中");
        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("办件 OW-20261128-00042", "事项：", "牵头部门：", "受理渠道：", "窗口受理",
                "受理时间：", "Company establishment registration（AMR-003，事项版本 v1）", "2026年11月28日 10:00（受理人：frontdesk）",
                "办理时限：",
                "2026年12月3日",
                "✘ Proof of registered address（未收到）", "窗口备注：",
                "2026年11月28日 10:10一次性告知（受理审核）：Proof of registered address — 待补正，请于2027年1月12日前补齐",
                "受理审核 · 综合受理窗口 · Wang Fang · 2026年11月28日 10:30", "身份及材料已核验，予以受理。",
                "发起征求意见 · 市场监督管理局 · Li Wei", "已征求Public Security Bureau意见：Any record?",
                "时限预警与改派记录", "牵头部门审查 · 市场监督管理局 · 该环节仅剩一个工作日。",
                "已超期（经办人：amr.worker），已提请部门负责人督办。", "已由amr.worker改派给amr.head。（amr.head）",
                "材料扫描件", "2,000 KB", "办理环节", "在办环节");
        // Department names are kept in both languages and shown in the screen's; the rest stays as entered.
        assertThat(page).contains("牵头部门：市场监督管理局");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("case-routed-by")).getElement().getTextRecursively())
                .isEqualTo("分办规则：第3版");
        assertThat(page).contains("Company establishment registration", "Zhao Lan");

        assertThat(_get(view, Upload.class, spec -> spec.withId("case-upload")).getI18n().getAddFiles().getOne())
                .isEqualTo("上传扫描件…");
        Grid<?> steps = _get(view, Grid.class, spec -> spec.withId("case-steps"));
        assertThat(steps.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("环节", "经办人", "开始时间", "结束时间", "用时");
        assertThat(GridKt._getFormattedRow(steps, 0)).containsExactly("受理审核", "frontdesk", "2026年11月28日 10:00",
                "2026年11月28日 10:30", "30分钟");
        assertThat(GridKt._getFormattedRow(steps, 1)).containsExactly("牵头部门审查", "amr.worker",
                "2026年11月28日 11:00", "办理中", "2天4小时");
        Grid<?> open = _get(view, Grid.class, spec -> spec.withId("case-open-steps"));
        assertThat(open.getColumns()).extracting(Grid.Column::getHeaderText)
                .containsExactly("环节", "队列", "经办人", "办理时限");
        assertThat(GridKt._getFormattedRow(open, 0)).containsExactly("牵头部门审查", "市场监督管理局",
                "amr.worker", "2026年12月3日");
        assertThat(ScreenTexts.rawKeys(view)).isEmpty();
    }

    @Test
    void aCaseWithNeitherMobileNorEmailSaysTheCitizenIsNotNotified() {
        CaseDetails details = CaseFixtures.inReview();
        CaseDetails unreachable = new CaseDetails(details.caseNumber(), details.serviceItemCode(),
                details.serviceItemName(), details.leadDepartmentCode(), details.collaboratingDepartmentCodes(),
                details.citizenName(), details.citizenMaskedIdNumber(), "", Channel.ONLINE, details.status(),
                details.materials(), details.notes(), "open311:Citizen app", details.acceptedAt(), details.dueAt(),
                null,
                null, null, null, null, null, null, details.segments(), false, false);
        when(caseFiles.caseFile(CaseFixtures.CASE)).thenReturn(new CaseFile(unreachable, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), true, false, null));

        open(Translations.ENGLISH, CaseFixtures.CASE);
        assertThat(view.getElement().getTextRecursively())
                .contains("Zhao Lan · 110***********002X · no contact: the citizen is not notified");
        // Registered before routing versions were kept: no version to name.
        assertThat(_find(view, Paragraph.class, spec -> spec.withId("case-routed-by"))).isEmpty();
        when(sections.orderedStream()).thenReturn(Stream.empty());
        open(Translations.CHINESE, CaseFixtures.CASE);
        assertThat(view.getElement().getTextRecursively()).contains("Zhao Lan · 110***********002X · 无联系方式：不通知申请人");
    }

    @Test
    void theCaseInEnglish() {
        open(Translations.ENGLISH, CaseFixtures.CASE);
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("case-routed-by")).getElement().getTextRecursively())
                .isEqualTo("Routing rules: version 3");

        assertThat(view.getPageTitle()).isEqualTo("Case | OneWindow");
        assertThat(_get(view, Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("In review");
        assertThat(view.getElement().getTextRecursively()).contains("Case OW-20261128-00042", "Service item: ",
                "Channel: ", "At the window", "Nov 28, 2026, 10:00 AM by frontdesk", "Dec 3, 2026",
                "✘ Proof of registered address (not received)",
                "One-time notice of Nov 28, 2026, 10:10 AM (Acceptance review): Proof of registered address — waiting, "
                        + "bring by Jan 12, 2027",
                "Acceptance review · Front desk · Wang Fang", "Identity and materials checked; accepted.",
                "Consultation requested · Market Regulation Bureau", "Asked Public Security Bureau: Any record?",
                "Review by lead department · Market Regulation Bureau · One working day left on this step.",
                "Overdue with amr.worker; escalated to the department head.",
                "Reassigned from amr.worker to amr.head. (amr.head)");
        Grid<?> steps = _get(view, Grid.class, spec -> spec.withId("case-steps"));
        assertThat(GridKt._getFormattedRow(steps, 1)).containsExactly("Review by lead department", "amr.worker",
                "Nov 28, 2026, 11:00 AM", "open", "2 d 4 h");
        assertThat(ScreenTexts.rawKeys(view)).isEmpty();
    }

    @Test
    void aScanLinksToTheScanEndpointAndShowsItsUploadedNameOnlyAsText() {
        open(Translations.ENGLISH, CaseFixtures.CASE);

        Anchor link = _get(view, Anchor.class, spec -> spec.withId("case-scan-3"));
        assertThat(link.getHref()).isEqualTo("api/attachments/3");
        assertThat(link.getElement().getAttribute("router-ignore")).isNotNull();
        assertThat(link.getText()).isEqualTo("<b>id-card</b>.pdf");
        assertThat(link.getElement().getChildCount()).isEqualTo(1);
        assertThat(link.getElement().getChild(0).isTextNode()).as("the label is text, not markup").isTrue();
    }

    @Test
    void theUploadPromisesWhatTheServerKeepsInBothLanguages() {
        open(Translations.CHINESE, CaseFixtures.CASE);
        Upload upload = _get(view, Upload.class, spec -> spec.withId("case-upload"));
        assertThat(upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("文件超过10 MB，请降低扫描分辨率。");
        assertThat(upload.getI18n().getError().getIncorrectFileType()).contains("PDF", "JPEG", "PNG");

        when(sections.orderedStream()).thenReturn(Stream.empty());
        open(Translations.ENGLISH, CaseFixtures.CASE);
        upload = _get(view, Upload.class, spec -> spec.withId("case-upload"));
        assertThat(upload.getI18n().getError().getFileIsTooBig())
                .isEqualTo("The file is larger than 10 MB; scan at a lower resolution.");
        assertThat(upload.getI18n().getError().getIncorrectFileType())
                .isEqualTo("Only PDF, JPEG and PNG scans are accepted (.pdf, .jpg, .jpeg, .png).");
    }

    @Test
    void theCaseFileSaysWhetherTheReaderUploadsScansAndPrintsTheResultNotice() {
        CaseFile file = caseFiles.caseFile(CaseFixtures.CASE);
        assertThat(_find(view(file), Anchor.class, spec -> spec.withId("case-result-notice"))).isEmpty();

        // As a manager reads a closed case: the scans and the notice, no upload.
        CaseFile managers = new CaseFile(file.caseDetails(), file.opinions(), file.openSteps(), file.materialsNotices(),
                file.events(), file.attachments(), file.steps(), false, true, file.routedBy());
        CaseView read = view(managers);
        assertThat(_find(read, Upload.class, spec -> spec.withId("case-upload"))).isEmpty();
        assertThat(_get(read, Anchor.class, spec -> spec.withId("case-scan-3")).getHref())
                .isEqualTo("api/attachments/3");
        assertThat(_get(read, Anchor.class, spec -> spec.withId("case-result-notice")).getHref())
                .isEqualTo("case/" + CaseFixtures.CASE + "/result-notice");
    }

    private CaseView view(CaseFile file) {
        when(caseFiles.caseFile(CaseFixtures.CASE)).thenReturn(file);
        when(sections.orderedStream()).thenReturn(Stream.empty());
        open(Translations.ENGLISH, CaseFixtures.CASE);
        return view;
    }

    @Test
    void aCaseNobodyMaySeeIsRefusedInTheReadersLanguage() {
        when(caseFiles.caseFile("OW-1")).thenThrow(new NotFoundException("No case OW-1 that you may see."));
        open(Translations.CHINESE, "OW-1");
        assertThat(_get(view, H1.class).getText()).isEqualTo("无法查看该办件");
        assertThat(view.getChildren().filter(Div.class::isInstance)).isEmpty();
    }

    @Test
    void theWindowReissuesTheLookupCodeShowsItOnceAndReprintsTheReceiptWithIt() {
        CaseFile file = caseFiles.caseFile(CaseFixtures.CASE);
        assertThat(_find(view(file), com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("case-reissue-code"))).as("not at the window").isEmpty();
        CaseFile atTheWindow = new CaseFile(file.caseDetails(), file.opinions(), file.openSteps(),
                file.materialsNotices(), file.events(), file.attachments(), file.steps(), true, false, file.routedBy(),
                true);
        when(caseFiles.reissueLookupCode(CaseFixtures.CASE)).thenReturn("K7M2P9QX");
        CaseView window = view(atTheWindow);
        assertThat(_get(window, Anchor.class, spec -> spec.withId("case-reprint-receipt")).getHref())
                .isEqualTo("receipt/" + CaseFixtures.CASE + "?reprint");
        assertThat(_find(window, Paragraph.class, spec -> spec.withId("case-new-lookup-code"))).as("nothing shown yet")
                .isEmpty();

        _get(window, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("case-reissue-code")).click();
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = _get(
                com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("case-reissue-dialog"));
        org.mockito.Mockito.verify(caseFiles, org.mockito.Mockito.never()).reissueLookupCode(CaseFixtures.CASE);
        com.vaadin.flow.component.ComponentUtil.fireEvent(confirm,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(confirm, false));

        org.mockito.Mockito.verify(caseFiles).reissueLookupCode(CaseFixtures.CASE);
        Paragraph shown = _get(window, Paragraph.class, spec -> spec.withId("case-new-lookup-code"));
        assertThat(shown.isVisible()).isTrue();
        assertThat(shown.getElement().getTextRecursively()).isEqualTo("New lookup code (shown only once): K7M2P9QX");
        assertThat(org.onewindow.shared.ui.CodesForPrinting.reissued(CaseFixtures.CASE)).contains("K7M2P9QX");
    }

    @Test
    void theChecklistCountsTheScansOfEachMaterialAndTheUploadAsksWhichMaterial() {
        CaseFile file = caseFiles.caseFile(CaseFixtures.CASE);
        List<Attachment> scans = List.of(
                new Attachment(3, CaseFixtures.CASE, CaseFixtures.CASE + "-scan-3.pdf", "articles-1.pdf",
                        "application/pdf", 2_048, "frontdesk", CaseFixtures.ACCEPTED, "Articles of association"),
                new Attachment(4, CaseFixtures.CASE, CaseFixtures.CASE + "-scan-4.pdf", "articles-2.pdf",
                        "application/pdf", 2_048, "frontdesk", CaseFixtures.ACCEPTED, "Articles of association"),
                new Attachment(5, CaseFixtures.CASE, CaseFixtures.CASE + "-scan-5.pdf", "letter.pdf",
                        "application/pdf", 2_048, "frontdesk", CaseFixtures.ACCEPTED, null));
        CaseView read = view(new CaseFile(file.caseDetails(), file.opinions(), file.openSteps(),
                file.materialsNotices(), file.events(), scans, file.steps(), true, false, file.routedBy()));

        Span articles = _get(read, Span.class, spec -> spec.withId("checklist-scans-0"));
        assertThat(articles.getText()).isEqualTo(" · 2 scans:");
        assertThat(_find(articles, Anchor.class)).extracting(Anchor::getHref)
                .containsExactly("api/attachments/3", "api/attachments/4");
        assertThat(_find(read, Span.class, spec -> spec.withId("checklist-scans-1"))).as("no scan of it").isEmpty();
        assertThat(_get(read, Div.class, spec -> spec.withId("case-attachments")).getElement().getTextRecursively())
                .contains("articles-1.pdf · of Articles of association · application/pdf",
                        "letter.pdf · application/pdf");

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<String> material = _get(read,
                com.vaadin.flow.component.select.Select.class, spec -> spec.withId("case-upload-material"));
        assertThat(material.getLabel()).isEqualTo("Scan of");
        // The first material without a scan is offered first.
        assertThat(material.getValue()).isEqualTo("Proof of registered address");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(material)).containsExactly(
                "Articles of association", "Proof of registered address", "Other (not on the checklist)");
    }
}
