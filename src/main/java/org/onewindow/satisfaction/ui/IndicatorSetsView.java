package org.onewindow.satisfaction.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetService;
import org.onewindow.satisfaction.IndicatorSetState;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.GridColumns;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators keep the evaluation indicators of each channel: every version with its state (the published one,
 * a draft, the retired ones answers kept), a new draft copied from the published version, editing a draft in a
 * dialog, publishing it (which retires the version before) and discarding it.
 */
@Route(value = "admin/indicators", layout = MainLayout.class)
@Menu(title = "satisfaction.menu.indicators", order = 90.5, icon = "vaadin:list-ol")
@RolesAllowed(AppRoles.ADMIN)
public class IndicatorSetsView extends VerticalLayout implements HasDynamicTitle {

    private final transient IndicatorSetService service;
    private final HallDates dates;
    final Grid<IndicatorSet> grid = new Grid<>(IndicatorSet.class, false);
    /** The versions listed, every channel's, for the rows' actions. */
    private List<IndicatorSet> shown = List.of();

    public IndicatorSetsView(IndicatorSetService service, HallDates dates) {
        this.service = service;
        this.dates = dates;
        grid.setId("indicator-sets-grid");
        GridColumns.fitting(grid);
        GridColumns.name(grid.addColumn(set -> channelName(set.channel())).setKey("channel")
                .setHeader(getTranslation("satisfaction.indicators.channel")), set -> channelName(set.channel()));
        grid.addColumn(set -> "v" + set.version()).setKey("version")
                .setHeader(getTranslation("satisfaction.indicators.version")).setAutoWidth(true);
        grid.addColumn(set -> getTranslation("satisfaction.indicators.state." + set.state().name())).setKey("state")
                .setHeader(getTranslation("satisfaction.indicators.stateHeader")).setAutoWidth(true);
        GridColumns.name(grid.addColumn(this::indicatorNames).setKey("indicators")
                .setHeader(getTranslation("satisfaction.indicators.indicators")), this::indicatorNames)
                .setFlexGrow(4);
        GridColumns.name(grid.addColumn(set -> set.note() == null ? "" : set.note()).setKey("note")
                .setHeader(getTranslation("satisfaction.indicators.note")),
                set -> set.note() == null ? ""
                        : set.note());
        GridColumns.name(grid.addColumn(this::published).setKey("published")
                .setHeader(getTranslation("satisfaction.indicators.published")), this::published);
        grid.addComponentColumn(this::actions).setKey("actions");
        GridColumns.actions(grid.getColumnByKey("actions"), "13em");
        add(new H1(getTranslation("satisfaction.menu.indicators")),
                new Paragraph(getTranslation("satisfaction.indicators.intro")), grid);
        setSizeFull();
        refresh();
    }

    private String published(IndicatorSet set) {
        return set.publishedAt() == null ? ""
                : getTranslation("satisfaction.indicators.publishedBy", dates.dateTime(set.publishedAt()),
                        set.publishedBy());
    }

    private String indicatorNames(IndicatorSet set) {
        return set.indicators().stream().map(indicator -> indicator.name(getLocale()))
                .collect(Collectors.joining(" · "));
    }

    private String channelName(EvaluationChannel channel) {
        return getTranslation("satisfaction.evaluationChannel." + channel.name());
    }

    private HorizontalLayout actions(IndicatorSet set) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        actions.setWrap(true);
        if (set.draft()) {
            actions.add(button("satisfaction.indicators.edit", "indicator-set-edit-" + set.id(), false,
                    () -> new IndicatorSetDialog(service, set, saved -> {
                        Notices.done(getTranslation("satisfaction.indicators.saved", channelName(saved.channel()),
                                saved.version()));
                        refresh();
                    }).open()));
            actions.add(button("satisfaction.indicators.publish", "indicator-set-publish-" + set.id(), false,
                    () -> confirmPublish(set)));
            actions.add(button("satisfaction.indicators.discard", "indicator-set-discard-" + set.id(), true,
                    () -> confirmDiscard(set)));
        } else if (set.state() == IndicatorSetState.PUBLISHED && !hasDraft(set.channel())) {
            actions.add(button("satisfaction.indicators.newVersion", "indicator-set-new-" + set.channel().name(),
                    false, () -> createDraft(set.channel())));
        }
        return actions;
    }

    private boolean hasDraft(EvaluationChannel channel) {
        return shown.stream().anyMatch(set -> set.channel() == channel && set.draft());
    }

    private Button button(String labelKey, String id, boolean error, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (error) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void createDraft(EvaluationChannel channel) {
        try {
            IndicatorSet draft = service.createDraft(channel);
            refresh();
            new IndicatorSetDialog(service, draft, saved -> {
                Notices.done(getTranslation("satisfaction.indicators.saved", channelName(saved.channel()),
                        saved.version()));
                refresh();
            }).open();
        } catch (BusinessRuleException e) {
            Notices.warn(e.getMessage());
            refresh();
        }
    }

    private void confirmPublish(IndicatorSet draft) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("satisfaction.indicators.publishTitle", channelName(draft.channel()), draft.version()),
                getTranslation("satisfaction.indicators.publishText", channelName(draft.channel()), draft.version()),
                getTranslation("satisfaction.indicators.publish"), event -> {
                    try {
                        IndicatorSet published = service.publish(draft.id());
                        Notices.done(getTranslation("satisfaction.indicators.publishedNow",
                                channelName(published.channel()), published.version()));
                    } catch (BusinessRuleException | NotFoundException e) {
                        Notices.warn(e.getMessage());
                    }
                    refresh();
                });
        confirm.setId("indicator-set-publish-dialog");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("satisfaction.indicators.cancel"));
        confirm.open();
    }

    private void confirmDiscard(IndicatorSet draft) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("satisfaction.indicators.discardTitle", channelName(draft.channel()), draft.version()),
                getTranslation("satisfaction.indicators.discardText"),
                getTranslation("satisfaction.indicators.discard"), event -> {
                    try {
                        service.discard(draft.id());
                        Notices.done(getTranslation("satisfaction.indicators.discarded",
                                channelName(draft.channel()), draft.version()));
                    } catch (BusinessRuleException | NotFoundException e) {
                        Notices.warn(e.getMessage());
                    }
                    refresh();
                });
        confirm.setId("indicator-set-discard-dialog");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("satisfaction.indicators.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** A handful of versions per channel: the whole list, channel by channel, newest version first. */
    private void refresh() {
        List<IndicatorSet> sets = new ArrayList<>();
        for (EvaluationChannel channel : EvaluationChannel.values()) {
            sets.addAll(service.history(channel));
        }
        shown = sets;
        grid.setItems(sets);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("satisfaction.menu.indicators");
    }
}
