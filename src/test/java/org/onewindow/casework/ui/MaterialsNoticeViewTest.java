package org.onewindow.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.CaseFileService;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;

/** The one-time notice's bilingual copy: every text in Chinese, then in English, whatever the citizen chose. */
class MaterialsNoticeViewTest {

    private MaterialsNoticeView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        CaseFileService caseFiles = mock(CaseFileService.class);
        MaterialsNotice recorded = CaseFixtures.notices().get(0);
        when(caseFiles.materialsNotice(7)).thenReturn(new MaterialsNotice(recorded.id(), recorded.caseNumber(),
                "公司设立登记", recorded.citizenName(), recorded.stepName(), List.of("住所证明", "公司章程"),
                recorded.note(), recorded.issuedBy(), recorded.issuedAt(), recorded.bringBy(), recorded.resolvedAt(),
                "Company establishment registration",
                List.of("Proof of registered address", "Articles of association")));
        CaseContactService contacts = mock(CaseContactService.class);
        when(contacts.citizenLanguage(any())).thenReturn(Translations.ENGLISH);
        UI.getCurrent().setLocale(Translations.ENGLISH);
        view = new MaterialsNoticeView(caseFiles, contacts, CaseFixtures.dates());
        UI.getCurrent().add(view);
        view.setParameter(null, "7");
        view.beforeEnter(mock(BeforeEnterEvent.class));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theBilingualCopyPrintsEachTextInChineseThenEnglish() {
        assertThat(paper()).doesNotContainPattern("\\p{IsHan}");
        Checkbox both = _get(view, Checkbox.class, spec -> spec.withId("notice-bilingual"));
        assertThat(both.getLabel()).isEqualTo("Bilingual copy / 中英对照");

        both.setValue(true);

        assertThat(paper()).contains("补正材料一次性告知书 / One-time notice of missing materials",
                "县政务服务中心 / County Government Service Hall", "住所证明 / Proof of registered address",
                "公司章程 / Articles of association");
        assertThat(text("notice-case"))
                .isEqualTo("办件编号：OW-20261128-00042 · 公司设立登记 / Case OW-20261128-00042 · "
                        + "Company establishment registration");
        assertThat(text("notice-bring-by")).startsWith("请于2027年1月12日前将上述材料送交任一窗口。")
                .contains(" / Please bring them to any window by Jan 12, 2027.");
        assertThat(text("notice-issued")).isEqualTo("告知环节：受理审核；经办人：frontdesk；告知时间：2026年11月28日 10:10。 / "
                + "Issued at Acceptance review by frontdesk, Nov 28, 2026, 10:10 AM.");

        _get(view, Checkbox.class, spec -> spec.withId("notice-bilingual")).setValue(false);
        assertThat(paper()).doesNotContainPattern("\\p{IsHan}");
    }

    private String paper() {
        return _get(view, Div.class, spec -> spec.withId("notice")).getElement().getTextRecursively();
    }

    private String text(String id) {
        return _get(view, Paragraph.class, spec -> spec.withId(id)).getText();
    }
}
