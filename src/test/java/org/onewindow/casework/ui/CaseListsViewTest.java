package org.onewindow.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onewindow.casework.CaseFileService;
import org.onewindow.casework.CaseSearchService;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.catalog.CatalogService;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.CaseSearchCriteria;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;

/** The lists of cases and steps, and the printed one-time notice, in both languages. */
class CaseListsViewTest {

    private final TaskInboxService inbox = mock(TaskInboxService.class);
    private final CatalogService catalog = mock(CatalogService.class);

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("org.onewindow.casework.ui"));
        ResultNoticeStub.register();
        InboxTask overdue = CaseFixtures.step("t-1", ServiceRequestProcess.TASK_JOINT_REVIEW, "Joint review", "PSB",
                null);
        overdue = new InboxTask(overdue.taskId(), overdue.caseNumber(), overdue.taskKey(), overdue.taskName(),
                overdue.candidateGroup(), overdue.assignee(), overdue.serviceItemCode(), overdue.serviceItemName(),
                overdue.citizenName(), overdue.citizenMaskedIdNumber(), overdue.createdAt(),
                Instant.parse("2026-11-29T09:00:00Z"), true, Instant.parse("2026-11-29T09:00:01Z"));
        InboxTask atRisk = new InboxTask("t-2", CaseFixtures.CASE, ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW,
                "Acceptance review", ServiceRequestProcess.GROUP_FRONT_DESK, "frontdesk", "AMR-003",
                "Company establishment registration", "Zhao Lan", "110***********002X", CaseFixtures.ACCEPTED,
                CaseFixtures.DUE, true, null);
        List<InboxTask> work = List.of(overdue, atRisk);
        when(inbox.departmentWork(any(), any())).thenAnswer(call -> page(work, call.getArgument(1)));
        when(inbox.countDepartmentWork(any())).thenReturn(2L);
        when(inbox.myTasks(any(), any())).thenReturn(List.of(atRisk));
        when(inbox.countMyTasks(any())).thenReturn(1L);
        when(inbox.departmentQueue(any(), any())).thenReturn(List.of(overdue));
        when(inbox.countDepartmentQueue(any())).thenReturn(1L);
        when(catalog.all()).thenReturn(List.of());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void departmentWorkInChinese() {
        DepartmentWorkView view = open(Translations.CHINESE,
                () -> new DepartmentWorkView(inbox, mock(TaskWorkService.class),
                        catalog, CaseFixtures.directory(), CaseFixtures.dates()));
        assertThat(view.getPageTitle()).isEqualTo("部门在办与超期督办 | 一窗通办");
        Grid<InboxTask> grid = view.inbox.grid;
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .startsWith("办件", "事项", "申请人", "环节", "队列", "经办人", "创建时间", "办理时限");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("联合审查", "公安局", "未认领");
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("受理审核", "综合受理窗口", "frontdesk",
                "2026年11月28日 10:00");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "due")).getText()).isEqualTo("2026年11月29日 · 已超期，已督办");
        assertThat(((Span) GridKt._getCellComponent(grid, 1, "due")).getText()).isEqualTo("2026年12月3日 · 即将到期");
        assertThat(ScreenTexts.rawKeys(view)).isEmpty();
    }

    @Test
    void departmentWorkInEnglish() {
        DepartmentWorkView view = open(Translations.ENGLISH,
                () -> new DepartmentWorkView(inbox, mock(TaskWorkService.class),
                        catalog, CaseFixtures.directory(), CaseFixtures.dates()));
        Grid<InboxTask> grid = view.inbox.grid;
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("Acceptance review", "Front desk");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "due")).getText())
                .isEqualTo("Nov 29, 2026 · overdue, escalated");
        assertThat(((Span) GridKt._getCellComponent(grid, 1, "due")).getText()).isEqualTo("Dec 3, 2026 · at risk");
    }

    @Test
    void everyListHasItsTitleInBothLanguages() {
        CaseRecordService intake = mock(CaseRecordService.class);
        CaseSearchService search = mock(CaseSearchService.class);
        for (Locale language : Translations.LOCALES) {
            UI.getCurrent().removeAll();
            List<com.vaadin.flow.router.HasDynamicTitle> views = List.of(
                    open(language,
                            () -> new MyTasksView(inbox, catalog, CaseFixtures.directory(), CaseFixtures.dates())),
                    open(language, () -> new DepartmentQueueView(inbox, mock(TaskWorkService.class), catalog,
                            CaseFixtures.directory(), CaseFixtures.dates())),
                    open(language,
                            () -> new OpenCasesView(intake, catalog, CaseFixtures.directory(), CaseFixtures.dates())),
                    open(language,
                            () -> new CaseSearchView(search, catalog, CaseFixtures.directory(), CaseFixtures.dates())));
            assertThat(views).extracting(com.vaadin.flow.router.HasDynamicTitle::getPageTitle).as("in " + language)
                    .containsExactlyElementsOf(language.equals(Translations.CHINESE)
                            ? List.of("我的任务 | 一窗通办", "部门待办 | 一窗通办", "全部在办件 | 一窗通办", "查找办件 | 一窗通办")
                            : List.of("My tasks | OneWindow", "Department queue | OneWindow",
                                    "All open cases | OneWindow",
                                    "Find a case | OneWindow"));
            assertThat(ScreenTexts.rawKeys(UI.getCurrent())).as("in " + language).isEmpty();
        }
        CaseSearchView searchView = _get(CaseSearchView.class);
        assertThat(searchView.status.getItemLabelGenerator().apply(CaseStatus.CLOSED)).isEqualTo("Closed");
    }

    @Test
    void caseSearchInChinese() {
        CaseSearchView view = open(Translations.CHINESE,
                () -> new CaseSearchView(mock(CaseSearchService.class), catalog,
                        CaseFixtures.directory(), CaseFixtures.dates()));
        assertThat(view.caseNumber.getLabel()).isEqualTo("办件编号");
        assertThat(view.status.getLabel()).isEqualTo("办件状态");
        assertThat(view.status.getItemLabelGenerator().apply(CaseStatus.CLOSED)).isEqualTo("已办结");
        assertThat(view.acceptedFrom.getI18n().getMonthNames()).startsWith("一月");
        assertThat(view.acceptedFrom.getI18n().getToday()).isEqualTo("今天");
        assertThat(view.search.getText()).isEqualTo("查询");
    }

    @Test
    void caseSearchFindsByPartOfTheApplicantsName() {
        CaseSearchService search = mock(CaseSearchService.class);
        when(search.search(any(), any())).thenAnswer(call -> "zhao".equals(
                call.<CaseSearchCriteria>getArgument(0).applicantName()) ? List.of(CaseFixtures.inReview())
                        : List.of());
        when(search.count(any())).thenAnswer(call -> "zhao".equals(
                call.<CaseSearchCriteria>getArgument(0).applicantName()) ? 1L : 0L);
        CaseSearchView view = open(Translations.ENGLISH,
                () -> new CaseSearchView(search, catalog, CaseFixtures.directory(), CaseFixtures.dates()));
        assertThat(view.applicantName.getLabel()).isEqualTo("Applicant name");

        _setValue(view.applicantName, "zhao");
        _click(view.search);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains(CaseFixtures.CASE, "Zhao Lan · 110***********002X");
        ArgumentCaptor<CaseSearchCriteria> sent = ArgumentCaptor.forClass(CaseSearchCriteria.class);
        verify(search, atLeastOnce()).search(sent.capture(), any());
        assertThat(sent.getValue().applicantName()).isEqualTo("zhao");
        assertThat(sent.getValue().caseNumber()).isEmpty();
    }

    @Test
    void theApplicantNameFilterSpeaksChinese() {
        CaseSearchView view = open(Translations.CHINESE,
                () -> new CaseSearchView(mock(CaseSearchService.class), catalog,
                        CaseFixtures.directory(), CaseFixtures.dates()));
        assertThat(view.applicantName.getLabel()).isEqualTo("申请人姓名或名称");
        assertThat(view.applicantName.getHelperText()).isEqualTo("输入部分姓名即可，可查个人姓名或企业名称。");
    }

    @Test
    void theOneTimeNoticeIsPrintedWhollyInTheCitizensLanguage() {
        CaseFileService caseFiles = mock(CaseFileService.class);
        MaterialsNotice recorded = CaseFixtures.notices().get(0);
        // The notice keeps the item's and the materials' names in both languages.
        MaterialsNotice notice = new MaterialsNotice(recorded.id(), recorded.caseNumber(), "公司设立登记",
                recorded.citizenName(), recorded.stepName(), List.of("住所证明"), recorded.note(), recorded.issuedBy(),
                recorded.issuedAt(), recorded.bringBy(), recorded.resolvedAt(), "Company establishment registration",
                List.of("Proof of registered address"));
        when(caseFiles.materialsNotice(7)).thenReturn(notice);

        // A Chinese clerk prints for a citizen who chose English: the paper is English, the buttons the clerk's.
        MaterialsNoticeView forEnglish = notice(Translations.CHINESE, Translations.ENGLISH, caseFiles);
        assertThat(forEnglish.getPageTitle()).isEqualTo("一次性告知书 | 一窗通办");
        assertThat(paper(forEnglish)).contains("One-time notice of missing materials", "County Government Service Hall",
                "Proof of registered address").doesNotContainPattern("\\p{IsHan}");
        assertThat(text(forEnglish, "notice-case")).endsWith("OW-20261128-00042 · Company establishment registration");
        assertThat(text(forEnglish, "notice-salutation")).startsWith("Dear Zhao Lan, to go on with your case");
        assertThat(text(forEnglish, "notice-bring-by")).startsWith("Please bring them to any window by Jan 12, 2027.");
        assertThat(text(forEnglish, "notice-issued"))
                .isEqualTo("Issued at Acceptance review by frontdesk, Nov 28, 2026, 10:10 AM.");
        assertThat(forEnglish.getElement().getTextRecursively()).contains("打印", "打开办件");
        assertThat(ScreenTexts.rawKeys(forEnglish)).isEmpty();

        // And the reverse.
        UI.getCurrent().removeAll();
        MaterialsNoticeView forChinese = notice(Translations.ENGLISH, Translations.CHINESE, caseFiles);
        assertThat(paper(forChinese)).contains("补正材料一次性告知书", "县政务服务中心", "住所证明")
                .doesNotContain("Proof of registered address", "Company establishment registration", "Dear", "Issued");
        assertThat(text(forChinese, "notice-case")).isEqualTo("办件编号：OW-20261128-00042 · 公司设立登记");
        assertThat(text(forChinese, "notice-salutation")).startsWith("Zhao Lan：您好！");
        assertThat(text(forChinese, "notice-bring-by")).startsWith("请于2027年1月12日前将上述材料送交任一窗口。");
        assertThat(text(forChinese, "notice-issued"))
                .isEqualTo("告知环节：受理审核；经办人：frontdesk；告知时间：2026年11月28日 10:10。");
        assertThat(forChinese.getElement().getTextRecursively()).contains("Print", "Open the case");
        assertThat(ScreenTexts.rawKeys(forChinese)).isEmpty();
    }

    @Test
    void theInboxNamesTheItemInTheScreensLanguage() {
        InboxTask bilingual = new InboxTask("t-3", CaseFixtures.CASE, ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW,
                "Acceptance review", ServiceRequestProcess.GROUP_FRONT_DESK, null, "AMR-003", "公司设立登记", "Zhao Lan",
                "110***********002X", CaseFixtures.ACCEPTED, CaseFixtures.DUE, false, null,
                "Company establishment registration");
        when(inbox.departmentQueue(any(), any())).thenReturn(List.of(bilingual));

        DepartmentQueueView chinese = open(Translations.CHINESE, () -> new DepartmentQueueView(inbox,
                mock(TaskWorkService.class), catalog, CaseFixtures.directory(), CaseFixtures.dates()));
        assertThat(GridKt._getFormattedRow(chinese.inbox.grid, 0)).contains("公司设立登记")
                .doesNotContain("Company establishment registration");

        UI.getCurrent().removeAll();
        DepartmentQueueView english = open(Translations.ENGLISH, () -> new DepartmentQueueView(inbox,
                mock(TaskWorkService.class), catalog, CaseFixtures.directory(), CaseFixtures.dates()));
        assertThat(GridKt._getFormattedRow(english.inbox.grid, 0)).contains("Company establishment registration")
                .doesNotContain("公司设立登记");
    }

    /** The grids ask page by page, as the services answer. */
    private static List<InboxTask> page(List<InboxTask> rows, PageRequest page) {
        return rows.subList(Math.min(rows.size(), page.offset()), Math.min(rows.size(), page.offset() + page.limit()));
    }

    private MaterialsNoticeView notice(Locale screen, Locale citizens, CaseFileService caseFiles) {
        CaseContactService contacts = mock(CaseContactService.class);
        when(contacts.citizenLanguage(any())).thenReturn(citizens);
        MaterialsNoticeView view = open(screen,
                () -> new MaterialsNoticeView(caseFiles, contacts, CaseFixtures.dates()));
        view.setParameter(null, "7");
        view.beforeEnter(mock(BeforeEnterEvent.class));
        return view;
    }

    /** What is printed: the sheet, without the buttons around it. */
    private static String paper(MaterialsNoticeView view) {
        return _get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("notice")).getElement()
                .getTextRecursively();
    }

    private static String text(com.vaadin.flow.component.Component view, String id) {
        return _get(view, Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static <T extends com.vaadin.flow.component.Component> T open(Locale language,
            java.util.function.Supplier<T> view) {
        UI.getCurrent().setLocale(language);
        T built = view.get();
        UI.getCurrent().add(built);
        return built;
    }
}
